/**
 * One shape for roll-call votes published by a council, whatever format they came in. Parsers
 * produce it; the importer replays it through the core.
 */

/** How one member took part in one vote, as the publisher recorded it. */
export type PublishedOption = "yes" | "no" | "abstain" | "not_voting" | "absent";

/** Every option in the order minutes list them. */
export const PUBLISHED_OPTIONS: readonly PublishedOption[] = [
  "yes",
  "no",
  "abstain",
  "not_voting",
  "absent",
];

export interface PublishedMember {
  /** The publisher's id for the member, unique within the set. */
  id: string;
  /** Full name, given names first. */
  name: string;
  familyName?: string;
  /** Academic titles as printed, e.g. "Ing. Ph.D." */
  title?: string;
  /** Club or party group (klub). */
  group: string;
}

/** The counts a publisher printed beside a vote, where it printed any. */
export interface PublishedCounts {
  yes: number;
  no: number;
  abstain: number;
  notVoting: number;
  absent: number;
}

/**
 * The adoption threshold a publisher printed beside a vote, e.g. H.E.R. `1/2A`: more than half
 * of all members. `fraction` and `base` are set only when the notation was understood.
 */
export interface PublishedMajority {
  raw: string;
  fraction?: [number, number];
  base?: "all_members" | "present";
}

export interface PublishedVote {
  /** The publisher's id for the vote. */
  id: string;
  /** Running number of the vote within the session, from 1. */
  number: number;
  /** When the vote was taken, ISO 8601 UTC, if the publisher gave a time. */
  time?: string;
  /** Local calendar date (YYYY-MM-DD) of the vote, if known. */
  date?: string;
  title: string;
  /** Option per member id. A member of the set missing here did not take part (absent). */
  options: Record<string, PublishedOption>;
  /** The result the publisher declared; null when the format has none. */
  published: "adopted" | "rejected" | null;
  publishedCounts?: PublishedCounts;
  majority?: PublishedMajority;
}

export interface PublishedVoteSet {
  /** Where the set came from: format and file names. */
  source: string;
  council: string;
  /** Session title, when the publisher gave one. */
  title?: string;
  /** Local calendar date (YYYY-MM-DD) of the session, when all votes share one. */
  date?: string;
  members: PublishedMember[];
  votes: PublishedVote[];
}
