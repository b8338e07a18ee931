import type { Choice, Member, SessionState, Vote } from "@council/core";
import { holdsSeat, isPresent } from "@council/core";

/** How a member stands in a vote: a ballot, or why there is none. */
export type MemberBallot = Choice | "not_voting" | "absent";

/** One line of a named vote: a member's ballot, or why there is none. */
export interface NamedVote {
  member: Member;
  ballot: MemberBallot;
}

/** The order the minutes list ballots in. */
export const ballotOrder: readonly MemberBallot[] = [
  "yes",
  "no",
  "abstain",
  "not_voting",
  "absent",
];

/**
 * The named votes of a vote, seat holders in roster order. A member without a ballot is "not
 * voting" when recorded present now, else "absent": the log keeps no attendance per vote, so an
 * arrival after the close can shift a name between the two (the counts stay the server's).
 */
export function namedVotes(state: SessionState, vote: Vote): NamedVote[] {
  return state.members.filter(holdsSeat).map((member) => {
    const choice = vote.ballots[member.id];
    if (choice) return { member, ballot: choice };
    return { member, ballot: isPresent(state, member.id) ? "not_voting" : "absent" };
  });
}

/** The named votes grouped by ballot in the minutes' order, empty groups left out. */
export function groupedNamedVotes(
  lines: readonly NamedVote[],
): { ballot: MemberBallot; members: Member[] }[] {
  return ballotOrder
    .map((ballot) => ({
      ballot,
      members: lines.filter((l) => l.ballot === ballot).map((l) => l.member),
    }))
    .filter((group) => group.members.length > 0);
}
