import type { SessionState } from "@council/core";

/**
 * Whether the session's business is stopped: quorum is lost under rules that end the session
 * then (§92(3)), so only the close (and the roll call) remain. The server refuses the rest;
 * the console greys it out rather than offer what will be refused.
 */
export function businessStopped(state: SessionState): boolean {
  return state.quorumLostAt !== undefined && state.rules.onQuorumLoss === "end";
}
