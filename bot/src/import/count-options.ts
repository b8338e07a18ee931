import type { PublishedCounts, PublishedOption } from "./published-votes";

const COUNT_FIELD: Record<PublishedOption, keyof PublishedCounts> = {
  yes: "yes",
  no: "no",
  abstain: "abstain",
  not_voting: "notVoting",
  absent: "absent",
};

/**
 * Counts of a vote taken directly from its options. Members of `memberIds` with no option in
 * the vote count as absent, as the importer treats them.
 */
export function countOptions(
  options: Record<string, PublishedOption>,
  memberIds: readonly string[] = [],
): PublishedCounts {
  const counts: PublishedCounts = { yes: 0, no: 0, abstain: 0, notVoting: 0, absent: 0 };
  for (const option of Object.values(options)) counts[COUNT_FIELD[option]] += 1;
  for (const id of memberIds) if (!(id in options)) counts.absent += 1;
  return counts;
}
