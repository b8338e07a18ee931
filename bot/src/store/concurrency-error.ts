/** Another writer appended to the session since the caller last read it. */
export class ConcurrencyError extends Error {
  override readonly name = "ConcurrencyError";

  constructor(
    readonly sessionId: string,
    readonly expectedSeq: number,
    readonly actualSeq: number,
  ) {
    super(`session ${sessionId}: expected last seq ${expectedSeq}, found ${actualSeq}`);
  }
}
