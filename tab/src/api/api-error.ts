/**
 * A failed API call with the code the server gave (a refusal code such as `vote_closed`) or one
 * the client chose for the transport (`network`, `unauthorized`, `server_error` ...).
 */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly code: string,
    message: string,
    /** The HTTP status; 0 when no answer came. */
    readonly status: number,
  ) {
    super(message);
  }
}

/** The code for an HTTP status whose body carried none. */
export function codeForStatus(status: number): string {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status >= 500) return "server_error";
  return "bad_response";
}
