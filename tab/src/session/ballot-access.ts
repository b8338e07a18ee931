import type { Choice, Member, SessionState, Vote } from "@council/core";
import { holdsSeat, isPresent } from "@council/core";

/** Why a member sees no ballot buttons, when they do not. */
export type BallotBar = "not_seat" | "not_present" | "conflict" | "closed";

/** What one member may do in one vote, and the ballot the server has confirmed for them. */
export interface BallotAccess {
  /** The ballot the log records for the member: the only source of "your ballot". */
  confirmed?: Choice;
  canCast: boolean;
  bar?: BallotBar;
}

/**
 * Decides whether to offer ballot buttons, mirroring the core's checks so a member is not shown
 * a button the server will refuse. The server still decides; this only shapes the page.
 */
export function ballotAccess(state: SessionState, vote: Vote, member: Member): BallotAccess {
  const confirmed = vote.ballots[member.id];
  const base = confirmed ? { confirmed } : {};
  if (!holdsSeat(member)) return { ...base, canCast: false, bar: "not_seat" };
  if (vote.status === "closed") return { ...base, canCast: false, bar: "closed" };
  if (!isPresent(state, member.id)) return { ...base, canCast: false, bar: "not_present" };
  const conflicted = state.conflicts.some(
    (c) => c.memberId === member.id && c.itemId === vote.itemId,
  );
  if (conflicted && state.rules.conflictBarsVote) {
    return { ...base, canCast: false, bar: "conflict" };
  }
  return { ...base, canCast: !confirmed || state.rules.ballotChange };
}
