/** Every fixed string in a message catalogue, however deeply nested; functions are left out. */
function catalogueStrings(catalogue: unknown): string[] {
  if (typeof catalogue === "string") return [catalogue];
  if (typeof catalogue !== "object" || catalogue === null) return [];
  return Object.values(catalogue).flatMap(catalogueStrings);
}

/**
 * The strings of another language's catalogue that a page shows although its own catalogue
 * has no such string: untranslated labels. Strings found in the session's own data (names,
 * agenda titles, motions, all Czech) are not counted, nor are very short ones.
 */
export function foreignStrings(
  pageText: string,
  foreign: unknown,
  own: unknown,
  dataText: string,
): string[] {
  const ownStrings = new Set(catalogueStrings(own));
  return catalogueStrings(foreign).filter(
    (s) => s.length >= 4 && !ownStrings.has(s) && pageText.includes(s) && !dataText.includes(s),
  );
}
