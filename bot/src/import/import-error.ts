/** Stable codes of import failures; the CLI and the HTTP layer map them to messages. */
export type ImportErrorCode =
  | "import_malformed"
  | "import_encoding"
  | "import_member_count"
  | "import_refused"
  | "import_usage"
  | "import_not_found";

/** Where in the input a failure was found: a file and a line, or a record described in words. */
export interface ImportLocation {
  file: string;
  line?: number;
  record?: string;
}

/**
 * An input that cannot be imported. The message names the file and the line or record, so a
 * clerk can fix the file without reading a stack trace.
 */
export class ImportError extends Error {
  override readonly name = "ImportError";
  readonly code: ImportErrorCode;
  readonly location?: ImportLocation;

  constructor(code: ImportErrorCode, detail: string, location?: ImportLocation) {
    super(location ? `${describeLocation(location)}: ${detail}` : detail);
    this.code = code;
    this.location = location;
  }
}

function describeLocation(location: ImportLocation): string {
  const parts = [location.file];
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.record !== undefined) parts.push(location.record);
  return parts.join(", ");
}
