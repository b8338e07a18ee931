/** A toolkit placeholder: `${{NAME}}`, spaces inside the braces allowed as the toolkit does. */
export const placeholderPattern = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * The distinct placeholder names in a text, in order of first use.
 *
 * @example placeholderNames('"id": "${{TEAMS_APP_ID}}"') // ["TEAMS_APP_ID"]
 */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((match) => match[1]!))];
}
