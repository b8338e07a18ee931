import type { Choice, Member, SessionState, Vote } from "@council/core";
import { holdsSeat, isPresent } from "@council/core";

/** One line of a named vote: a member's ballot, or why there is none. */
export interface NamedVote {
  member: Member;
  ballot: Choice | "not_voting" | "absent";
}

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
