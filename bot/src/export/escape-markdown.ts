/**
 * Text made safe to sit inline in Markdown: characters that start emphasis, links, code, HTML,
 * headings or tables are backslash-escaped, and line breaks fold into spaces so a motion with
 * several lines cannot start a list or a heading of its own.
 */
export function escapeMarkdown(value: string | number): string {
  return String(value)
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}
