/** Stable codes of export failures; the CLI prints them beside the message. */
export type ExportErrorCode = "session_not_found" | "store_not_found" | "invalid_option";

/**
 * An export that cannot be made as asked: the session is not in the store, there is no store
 * in the data folder, or an option (such as a resolution number pattern) is malformed.
 */
export class ExportError extends Error {
  override readonly name = "ExportError";

  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
