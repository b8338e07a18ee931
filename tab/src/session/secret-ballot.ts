import type { SessionState, Vote } from "@council/core";

/**
 * Whether a vote's ballots are secret, so only its counts may be shown. The core has named votes
 * only so far; a vote flagged `secret` or a secret rule set takes the counts-only path.
 */
export function isSecretBallot(state: SessionState, vote: Vote): boolean {
  const flagged = (vote as Vote & { secret?: unknown }).secret === true;
  return flagged || (state.rules.ballot as string) === "secret";
}
