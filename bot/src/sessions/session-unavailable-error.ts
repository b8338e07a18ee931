/** A session whose log failed verification: it is kept out of service until someone looks at it. */
export class SessionUnavailableError extends Error {
  readonly code = "session_unavailable";

  constructor(
    readonly sessionId: string,
    readonly reason: string,
  ) {
    super(`session ${sessionId} is unavailable: its event log failed verification (${reason})`);
    this.name = "SessionUnavailableError";
  }
}
