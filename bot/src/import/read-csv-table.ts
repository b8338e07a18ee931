import { parse } from "csv-parse/sync";

import { decodeText } from "./decode-text";
import { ImportError } from "./import-error";
import type { InputFile } from "./input-file";

/** One data row of a CSV table, keyed by header name, with the line it ends on. */
export interface CsvRow {
  line: number;
  get(column: string): string;
}

/**
 * Rows of a CSV file with a header line. Copes with a BOM, CRLF, quoted fields holding commas
 * or line breaks, and trailing commas (an empty last column); `required` columns must be in the
 * header. A row with fewer fields than the header, or extra non-empty ones, is malformed.
 */
export function readCsvTable(file: InputFile, required: readonly string[]): CsvRow[] {
  const records = parseRecords(file);
  const headerRecord = records[0];
  if (!headerRecord) throw malformed(file, 1, "the file is empty");

  const header = withoutTrailingEmpty(headerRecord.record.map((name) => name.trim()));
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) throw malformed(file, 1, `missing column(s) ${missing.join(", ")}`);

  return records.slice(1).map(({ record, info }) => toRow(file, header, record, info.lines));
}

/** A record as csv-parse returns it with `info: true` (its typings leave the option out). */
interface RecordWithInfo {
  record: string[];
  info: { lines: number };
}

function parseRecords(file: InputFile): RecordWithInfo[] {
  const text =
    typeof file.content === "string" ? file.content : decodeText(file.content, file.name);
  try {
    const options = { bom: true, info: true, relax_column_count: true, skip_empty_lines: true };
    return parse(text, options) as unknown as RecordWithInfo[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw malformed(file, line, (error as Error).message);
  }
}

function toRow(file: InputFile, header: string[], record: string[], line: number): CsvRow {
  const fields = withoutTrailingEmpty(record);
  if (record.length < header.length || fields.length > header.length) {
    const detail = `expected ${header.length} fields, found ${record.length}`;
    throw malformed(file, line, detail);
  }
  const byName = new Map(header.map((name, i) => [name, record[i] ?? ""]));
  return { line, get: (column) => (byName.get(column) ?? "").trim() };
}

function withoutTrailingEmpty(fields: string[]): string[] {
  let end = fields.length;
  while (end > 0 && fields[end - 1]?.trim() === "") end -= 1;
  return fields.slice(0, end);
}

function malformed(file: InputFile, line: number | undefined, detail: string): ImportError {
  return new ImportError("import_malformed", detail, { file: file.name, line });
}
