import type { ChainFault } from "./hash-chain";

/** A session's stored log does not form an intact hash chain: it was altered or damaged. */
export class ChainBrokenError extends Error {
  override readonly name = "ChainBrokenError";

  constructor(
    readonly sessionId: string,
    readonly seq: number,
    readonly reason: ChainFault,
  ) {
    super(`session ${sessionId}: hash chain broken at seq ${seq} (${reason})`);
  }
}
