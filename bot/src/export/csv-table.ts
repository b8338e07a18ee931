/**
 * Rows as RFC 4180 CSV: CRLF after every record, and a field quoted, its quotes doubled, when it
 * holds a comma, a quote, a CR or an LF.
 *
 * @example
 * csvTable([["a", 'say "hi", then go']]) // 'a,"say ""hi"", then go"\r\n'
 */
export function csvTable(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
