import type { SessionState, Vote } from "@council/core";

/**
 * The closed vote whose result the page shows: the latest of the item under discussion, or,
 * between items, the latest of the session, so a result stays up until the next item starts.
 */
export function latestResult(state: SessionState): Vote | undefined {
  const closed = state.votes.filter((v) => v.status === "closed" && v.result);
  const pool = state.currentItemId
    ? closed.filter((v) => v.itemId === state.currentItemId)
    : closed;
  return pool.at(-1);
}
