import type { MajorityBase } from "./rules";

export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
  /** Present but cast no ballot (nehlasoval). */
  notVoting: number;
  /** Not present when the vote closed (nepřítomen). */
  absent: number;
}

export type VoteOutcome = "adopted" | "rejected" | "void";

/**
 * The result of a vote with all it takes to explain it: counts, the base the majority was taken
 * of, the yes votes needed, the rule set. `void` means the vote was held without quorum.
 */
export interface VoteResult {
  outcome: VoteOutcome;
  counts: VoteCounts;
  /** Mandates held when the vote closed. */
  members: number;
  present: number;
  quorum: number;
  baseKind: MajorityBase;
  base: number;
  needed: number;
  ruleSetId: string;
  /** Set when a tie was decided by the chair's casting vote. */
  castingVoteBy?: string;
}
