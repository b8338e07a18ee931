/** A fraction written as numerator and denominator, e.g. [1, 2] for one half. */
export type Fraction = readonly [number, number];

/** A threshold: more than (strict) or at least the fraction of a base. */
export interface Threshold {
  fraction: Fraction;
  strict: boolean;
}

export type MajorityBase = "all_members" | "present" | "votes_cast";
export type QuorumCheck = "at_opening" | "before_each_vote" | "continuous";

/**
 * The rules of procedure as data. Every rule is a parameter so a council can set its own; the
 * defaults of `cz-municipal` follow zákon č. 128/2000 Sb., o obcích.
 */
export interface RuleSet {
  id: string;
  name: { cs: string; en: string };
  quorum: Threshold & { check: QuorumCheck };
  /** What happens when quorum is lost while the session is open. */
  onQuorumLoss: "end" | "suspend";
  majorityBase: MajorityBase;
  majority: Threshold;
  /** With a `votes_cast` base: whether abstentions count among the votes cast. */
  abstentionsInBase: boolean;
  tie: "fails" | "chair_casting_vote";
  ballot: "named";
  /** Whether a member may change a ballot while the vote is open. */
  ballotChange: boolean;
  /** Whether a declared conflict of interest bars the member from voting on the item. */
  conflictBarsVote: boolean;
  /** Whether approving the agenda, and changing it once approved, takes an adopted vote (§94). */
  agendaChangesNeedVote: boolean;
  speaking: { maxContributionsPerItem: number; speechSeconds: number };
}

export const czMunicipal: RuleSet = {
  id: "cz-municipal",
  name: { cs: "zákon o obcích, 128/2000 Sb.", en: "Czech Municipalities Act, 128/2000 Coll." },
  quorum: { fraction: [1, 2], strict: true, check: "continuous" },
  onQuorumLoss: "end",
  majorityBase: "all_members",
  majority: { fraction: [1, 2], strict: true },
  abstentionsInBase: true,
  tie: "fails",
  ballot: "named",
  ballotChange: false,
  conflictBarsVote: false,
  agendaChangesNeedVote: true,
  speaking: { maxContributionsPerItem: 2, speechSeconds: 300 },
};

export const votesCast: RuleSet = {
  id: "votes-cast",
  name: { cs: "Většina odevzdaných hlasů", en: "Majority of votes cast" },
  quorum: { fraction: [1, 2], strict: true, check: "before_each_vote" },
  onQuorumLoss: "suspend",
  majorityBase: "votes_cast",
  majority: { fraction: [1, 2], strict: true },
  abstentionsInBase: false,
  tie: "fails",
  ballot: "named",
  ballotChange: false,
  conflictBarsVote: false,
  agendaChangesNeedVote: false,
  speaking: { maxContributionsPerItem: 2, speechSeconds: 300 },
};

export const ruleSets: Readonly<Record<string, RuleSet>> = {
  [czMunicipal.id]: czMunicipal,
  [votesCast.id]: votesCast,
};

export function findRuleSet(id: string): RuleSet | undefined {
  return ruleSets[id];
}

/**
 * The smallest whole count that meets a threshold of a base: 12 for "more than half of 23",
 * 12 for "more than half of 22", 14 for "at least 3/5 of 23".
 */
export function neededCount(base: number, threshold: Threshold): number {
  const [num, den] = threshold.fraction;
  const product = base * num;
  if (threshold.strict) return Math.floor(product / den) + 1;
  return Math.ceil(product / den);
}
