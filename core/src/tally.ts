import type { Choice } from "./events";
import { isPresent, quorumStatus } from "./quorum";
import { holdsSeat } from "./roster";
import { neededCount } from "./rules";
import type { SessionState, Vote } from "./state";
import type { VoteCounts, VoteResult } from "./vote-result";

export interface LiveTally {
  yes: number;
  no: number;
  abstain: number;
  /** Present seat holders who have not cast a ballot yet. */
  notYetVoted: number;
  present: number;
  quorum: number;
  members: number;
  /** Yes votes needed to adopt, when the base is known before the close (all members, present). */
  needed: number | null;
}

/** Counts the ballots of one vote directly from its ballots and the attendance. */
export function countBallots(state: SessionState, vote: Vote): VoteCounts {
  const counts: VoteCounts = { yes: 0, no: 0, abstain: 0, notVoting: 0, absent: 0 };
  for (const m of state.members.filter(holdsSeat)) {
    const choice: Choice | undefined = vote.ballots[m.id];
    if (choice) counts[choice]++;
    else if (isPresent(state, m.id)) counts.notVoting++;
    else counts.absent++;
  }
  return counts;
}

/** The tally an open (or closed) vote shows right now. */
export function tallyVote(state: SessionState, voteId: string): LiveTally | undefined {
  const vote = state.votes.find((v) => v.id === voteId);
  if (!vote) return undefined;
  const counts = countBallots(state, vote);
  const q = quorumStatus(state);
  const base = knownBase(state, q.members, q.present);
  return {
    yes: counts.yes,
    no: counts.no,
    abstain: counts.abstain,
    notYetVoted: counts.notVoting,
    present: q.present,
    quorum: q.quorum,
    members: q.members,
    needed: base === null ? null : neededCount(base, state.rules.majority),
  };
}

function knownBase(state: SessionState, members: number, present: number): number | null {
  switch (state.rules.majorityBase) {
    case "all_members":
      return members;
    case "present":
      return present;
    case "votes_cast":
      return null;
  }
}

/**
 * Decides a vote from its counts under the session's rule set. Pure arithmetic, also used to
 * recompute published results: `chairChoice` is the chair's ballot, for a casting vote on a tie.
 */
export function decideResult(
  counts: VoteCounts,
  rules: SessionState["rules"],
  chair?: { id: string; choice?: Choice },
): VoteResult {
  const members = counts.yes + counts.no + counts.abstain + counts.notVoting + counts.absent;
  const present = members - counts.absent;
  const quorum = neededCount(members, rules.quorum);
  const base = baseOf(counts, rules, members, present);
  const needed = neededCount(base, rules.majority);
  const common = { counts, members, present, quorum, baseKind: rules.majorityBase, base, needed };
  const result = { ...common, ruleSetId: rules.id };

  if (present < quorum) return { outcome: "void", ...result };
  if (counts.yes >= needed && counts.yes > 0) return { outcome: "adopted", ...result };
  const tie = counts.yes === counts.no && counts.yes > 0;
  if (tie && rules.tie === "chair_casting_vote" && chair?.choice === "yes") {
    return { outcome: "adopted", ...result, castingVoteBy: chair.id };
  }
  return { outcome: "rejected", ...result };
}

function baseOf(
  counts: VoteCounts,
  rules: SessionState["rules"],
  members: number,
  present: number,
): number {
  switch (rules.majorityBase) {
    case "all_members":
      return members;
    case "present":
      return present;
    case "votes_cast":
      return counts.yes + counts.no + (rules.abstentionsInBase ? counts.abstain : 0);
  }
}
