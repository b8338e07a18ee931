import { ImportError } from "./import-error";
import type { InputFile } from "./input-file";
import type {
  PublishedMember,
  PublishedOption,
  PublishedVote,
  PublishedVoteSet,
} from "./published-votes";
import { readCsvTable, type CsvRow } from "./read-csv-table";

/** The Popolo-style CSV files of Prague's council votes (as mirrored by cz-municipalities-votes). */
export interface PragueCsvFiles {
  /** vote_events.csv: one row per vote with `motion:result` pass/fail. */
  voteEvents: InputFile;
  /** votes.csv: one row per member and vote with the option. */
  votes: InputFile;
  /**
   * voters.csv: groups as the term ended up, used only where votes.csv names no group. The
   * group_id of votes.csv is the club at the time of the vote: on 3 Nov 2022 David Bodeček
   * voted in the Piráti club, while voters.csv lists him as BEZPP.
   */
  voters?: InputFile;
}

export interface PragueCsvOptions {
  council?: string;
}

const PRAGUE_COUNCIL = "Zastupitelstvo hlavního města Prahy";

const OPTION_WORDS: Record<string, PublishedOption> = {
  yes: "yes",
  no: "no",
  abstain: "abstain",
  "not voting": "not_voting",
  not_voting: "not_voting",
  absent: "absent",
  // The wording of praha.eu's own result pages, for files exported from there.
  "hlas pro": "yes",
  "hlas proti": "no",
  "zdržel se": "abstain",
  nehlasoval: "not_voting",
  chyběl: "absent",
};

const RESULT_WORDS: Record<string, PublishedVote["published"]> = {
  pass: "adopted",
  fail: "rejected",
  "": null,
};

/**
 * Reads Prague's vote events and votes into a published vote set. Votes are numbered in the
 * order of vote_events.csv; vote rows of events not in that file are skipped, so a full
 * votes.csv can be paired with one session's events.
 */
export function parsePragueCsv(
  files: PragueCsvFiles,
  options: PragueCsvOptions = {},
): PublishedVoteSet {
  const eventRows = readCsvTable(files.voteEvents, ["id", "date", "motion:result", "motion:title"]);
  const voteRows = readCsvTable(files.votes, ["vote_event_id", "voter_id", "voter_name", "option"]);
  const groups = files.voters ? readVoterGroups(files.voters) : new Map<string, string>();

  const votes = eventRows.map((row, i) => toVote(files.voteEvents, row, i + 1));
  const members = collectOptions(files.votes, voteRows, votes, groups);
  requireVotesForEveryEvent(files.voteEvents, eventRows, votes);

  const dates = new Set(votes.map((vote) => vote.date));
  return {
    source: `popolo-csv:${files.voteEvents.name}+${files.votes.name}`,
    council: options.council ?? PRAGUE_COUNCIL,
    date: dates.size === 1 ? votes[0]?.date : undefined,
    members,
    votes,
  };
}

function toVote(file: InputFile, row: CsvRow, number: number): PublishedVote {
  const id = row.get("id");
  if (id === "") throw malformed(file, row, "empty vote event id");
  const date = row.get("date");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw malformed(file, row, `date "${date}" is not YYYY-MM-DD`);
  const result = row.get("motion:result").toLowerCase();
  const published = RESULT_WORDS[result];
  if (published === undefined) throw malformed(file, row, `unknown motion:result "${result}"`);

  return { id, number, date, title: row.get("motion:title"), options: {}, published };
}

function collectOptions(
  file: InputFile,
  rows: CsvRow[],
  votes: PublishedVote[],
  groups: Map<string, string>,
): PublishedMember[] {
  const voteById = new Map(votes.map((vote) => [vote.id, vote]));
  const members = new Map<string, PublishedMember>();
  for (const row of rows) {
    const vote = voteById.get(row.get("vote_event_id"));
    if (!vote) continue;
    const memberId = row.get("voter_id");
    if (memberId === "") throw malformed(file, row, "empty voter_id");
    if (memberId in vote.options) {
      throw malformed(file, row, `voter ${memberId} appears twice in vote event ${vote.id}`);
    }
    vote.options[memberId] = toOption(file, row);
    if (!members.has(memberId)) members.set(memberId, toMember(row, memberId, groups));
  }
  return [...members.values()];
}

function toOption(file: InputFile, row: CsvRow): PublishedOption {
  const word = row.get("option").toLowerCase();
  const option = OPTION_WORDS[word];
  if (!option) throw malformed(file, row, `unknown option "${row.get("option")}"`);
  return option;
}

function toMember(row: CsvRow, id: string, groups: Map<string, string>): PublishedMember {
  const group = row.get("group_id") || groups.get(id) || row.get("party_id");
  return { id, name: row.get("voter_name"), group };
}

function readVoterGroups(file: InputFile): Map<string, string> {
  const rows = readCsvTable(file, ["id"]);
  return new Map(rows.map((row) => [row.get("id"), row.get("group") || row.get("party")]));
}

function requireVotesForEveryEvent(file: InputFile, rows: CsvRow[], votes: PublishedVote[]): void {
  votes.forEach((vote, i) => {
    if (Object.keys(vote.options).length > 0) return;
    const row = rows[i];
    if (row) throw malformed(file, row, `vote event ${vote.id} has no rows in votes.csv`);
  });
}

function malformed(file: InputFile, row: CsvRow, detail: string): ImportError {
  return new ImportError("import_malformed", detail, { file: file.name, line: row.line });
}
