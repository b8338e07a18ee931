import { decideResult, type RuleSet, type VoteCounts } from "@council/core";

/**
 * The result of a vote from its counts by the rule set's majority alone, quorum left aside.
 * Published records are what happened: a vote the core would refuse for want of quorum still
 * gets the result its counts give, e.g. 33 yes of 65 members under `cz-municipal` is adopted,
 * 32 is not. The core's own formula decides; only its quorum test is switched off.
 */
export function resultFromCounts(counts: VoteCounts, rules: RuleSet): "adopted" | "rejected" {
  const noQuorum: RuleSet = {
    ...rules,
    quorum: { ...rules.quorum, fraction: [0, 1], strict: false },
  };
  const { outcome } = decideResult(counts, noQuorum);
  return outcome === "adopted" ? "adopted" : "rejected";
}
