import {
  findRuleSet,
  type Actor,
  type AttendanceMode,
  type Command,
  type ItemDraft,
  type Member,
  type RuleSet,
  type SessionEvent,
  type SessionState,
  type VoteCounts,
} from "@council/core";

import type { NewEvent } from "../store/event-store";
import { countOptions } from "./count-options";
import { ImportError } from "./import-error";
import type { PublishedVote, PublishedVoteSet } from "./published-votes";
import { resultFromCounts } from "./result-from-counts";
import { isRefusal, SessionReplay } from "./session-replay";
import { wallClockToUtc } from "./wall-clock-to-utc";

export interface ImportVotesOptions {
  /** Rule set to recompute results under; `cz-municipal` by default. */
  ruleSetId?: string;
  /** Seats the council has, when the caller knows it; must equal the members in the data. */
  members?: number;
  sessionId?: string;
  /** Zone of the council's wall clock, for votes that carry only a date. */
  timeZone?: string;
}

/** One recomputed vote beside what was published. */
export interface ImportedVoteLine {
  id: string;
  title: string;
  yes: number;
  no: number;
  abstain: number;
  notVoting: number;
  absent: number;
  result: "adopted" | "rejected";
  published: "adopted" | "rejected" | null;
  /** Whether the recomputed result equals the published one; null when none was published. */
  agrees: boolean | null;
  /** Why the line was not simply replayed, or where it differs from the printed counts. */
  note?: string;
}

export interface ImportSummary {
  votes: number;
  agree: number;
  disagree: number;
}

export interface VoteImport {
  /** The events of the replayed session, in order, for a store to append. */
  events: NewEvent[];
  lines: ImportedVoteLine[];
  summary: ImportSummary;
  /** The session as the replayed events leave it. */
  state: SessionState;
}

const IMPORTER: Actor = { kind: "system", name: "import" };

/**
 * Replays a published vote set as a session through the core: create the session with the
 * members as roster and one agenda item per run of votes with the same title, record attendance
 * before each vote as published, open the vote, cast each member's ballot, close it. Each
 * recomputed result is set beside the published one.
 *
 * @example
 * const { lines, summary } = importVotes(parsePragueCsv(files), { members: 65 });
 * // summary: { votes: 47, agree: 47, disagree: 0 }
 */
export function importVotes(set: PublishedVoteSet, options: ImportVotesOptions = {}): VoteImport {
  const rules = ruleSetOf(options.ruleSetId ?? "cz-municipal");
  checkMemberCount(set, options.members);
  if (set.votes.length === 0) throw new ImportError("import_malformed", `${set.source}: no votes`);

  const importer = new VoteImporter(set, rules, options);
  const lines = importer.replay();
  const state = importer.finalState();
  return { events: importer.replayer.events, lines, summary: summarize(lines), state };
}

class VoteImporter {
  readonly replayer: SessionReplay;
  private readonly items: ItemDraft[];
  private readonly itemOfVote: string[];
  private readonly memberIds: string[];

  constructor(
    private readonly set: PublishedVoteSet,
    private readonly rules: RuleSet,
    private readonly options: ImportVotesOptions,
  ) {
    this.replayer = new SessionReplay(options.sessionId ?? "import");
    this.memberIds = set.members.map((member) => member.id);
    ({ items: this.items, itemOfVote: this.itemOfVote } = planAgenda(set.votes));
  }

  replay(): ImportedVoteLine[] {
    const first = this.set.votes[0] as PublishedVote;
    const start = this.timeOf(first);
    this.must({ type: "create_session", ...this.sessionDraft(start) }, start, "session");
    this.syncAttendance(first, start);
    this.must({ type: "open_session" }, start, "session");

    const lines = this.set.votes.map((vote, i) => this.replayVote(vote, this.itemOfVote[i] ?? ""));

    const end = this.timeOf(this.set.votes.at(-1) as PublishedVote);
    this.endCurrentItem(end);
    this.must({ type: "close_session", reason: "adjourned" }, end, "session");
    return lines;
  }

  finalState(): SessionState {
    return this.replayer.state as SessionState;
  }

  private sessionDraft(start: string): Omit<Extract<Command, { type: "create_session" }>, "type"> {
    const members: Member[] = this.set.members.map((m) => ({ ...m, role: "member" }));
    return {
      title: this.set.title ?? `${this.set.council} ${this.set.date ?? start.slice(0, 10)}`,
      council: this.set.council,
      scheduledFor: start,
      timeZone: this.options.timeZone ?? "Europe/Prague",
      members,
      agenda: this.items,
      ruleSetId: this.rules.id,
    };
  }

  private replayVote(vote: PublishedVote, itemId: string): ImportedVoteLine {
    const now = this.timeOf(vote);
    this.syncAttendance(vote, now);

    const opened = this.openVote(vote, itemId, now);
    if (!opened.ok) return this.directLine(vote, opened.note);

    for (const [memberId, option] of Object.entries(vote.options)) {
      if (option !== "yes" && option !== "no" && option !== "abstain") continue;
      const voter: Actor = { kind: "member", memberId };
      this.must(
        { type: "cast_ballot", voteId: opened.voteId, choice: option },
        now,
        vote.id,
        voter,
      );
    }
    const closed = this.must({ type: "close_vote", voteId: opened.voteId }, now, vote.id);
    const result = closed.find((e) => e.type === "vote_closed")?.payload.result;
    if (!result || result.outcome === "void") return this.directLine(vote, "the core held it void");
    return line(vote, result.counts, result.outcome);
  }

  /** Moves to the vote's agenda item and opens the vote; a missing quorum is not an error here. */
  private openVote(
    vote: PublishedVote,
    itemId: string,
    now: string,
  ): { ok: true; voteId: string } | { ok: false; note: string } {
    if (this.replayer.state?.currentItemId !== itemId) {
      this.endCurrentItem(now);
      const started = this.replayer.run({ type: "start_item", itemId }, IMPORTER, now);
      if (isRefusal(started)) return { ok: false, note: this.quorumRefusal(vote, started) };
    }
    const motion = vote.title || `Hlasování č. ${vote.number}`;
    // Czech voting systems open a session with a trial vote titled "ZKUŠEBNÍ" (Prague 2022).
    const purpose = /^\s*zkušební/i.test(vote.title) ? { kind: "test" as const } : undefined;
    const opened = this.replayer.run({ type: "open_vote", motion, purpose }, IMPORTER, now);
    if (isRefusal(opened)) return { ok: false, note: this.quorumRefusal(vote, opened) };
    const event = opened.find((e) => e.type === "vote_opened");
    return { ok: true, voteId: event?.payload.voteId ?? "" };
  }

  /** A refusal for want of quorum becomes a note; any other one means the import is wrong. */
  private quorumRefusal(vote: PublishedVote, refusal: { code: string; message: string }): string {
    if (refusal.code !== "no_quorum") throw refused(this.set, vote.id, refusal);
    return `the core refused the vote (${refusal.code}: ${refusal.message})`;
  }

  private directLine(vote: PublishedVote, why: string): ImportedVoteLine {
    const counts = countOptions(vote.options, this.memberIds);
    const recomputed = line(vote, counts, resultFromCounts(counts, this.rules));
    return withNote(recomputed, `${why}; result computed from the counts directly`);
  }

  /** Records attendance where it differs from the vote's: absent, or present in the room. */
  private syncAttendance(vote: PublishedVote, now: string): void {
    for (const memberId of this.memberIds) {
      const option = vote.options[memberId];
      const mode: AttendanceMode = option === undefined || option === "absent" ? "absent" : "room";
      if (this.replayer.state?.attendance[memberId]?.mode === mode) continue;
      this.must({ type: "record_attendance", memberId, mode }, now, vote.id);
    }
  }

  private endCurrentItem(now: string): void {
    const itemId = this.replayer.state?.currentItemId;
    if (itemId) this.must({ type: "end_item", itemId }, now, "session");
  }

  private must(command: Command, now: string, record: string, actor = IMPORTER): SessionEvent[] {
    const outcome = this.replayer.run(command, actor, now);
    if (isRefusal(outcome)) throw refused(this.set, record, outcome);
    return outcome;
  }

  /** The vote's time; with only a date, the start of that day on the council's clock. */
  private timeOf(vote: PublishedVote): string {
    if (vote.time) return vote.time;
    const date = vote.date ?? this.set.date;
    if (!date) {
      throw new ImportError("import_malformed", "the vote has neither time nor date", {
        file: this.set.source,
        record: `vote ${vote.id}`,
      });
    }
    return wallClockToUtc(date, "00:00:00", this.options.timeZone ?? "Europe/Prague");
  }
}

/** One agenda item per run of consecutive votes with the same title. */
function planAgenda(votes: PublishedVote[]): { items: ItemDraft[]; itemOfVote: string[] } {
  const items: ItemDraft[] = [];
  const itemOfVote = votes.map((vote, i) => {
    const previous = items.at(-1);
    if (i > 0 && previous && votes[i - 1]?.title === vote.title) return previous.id;
    const item = {
      id: `item-${items.length + 1}`,
      title: vote.title || `Hlasování č. ${vote.number}`,
    };
    items.push(item);
    return item.id;
  });
  return { items, itemOfVote };
}

function line(
  vote: PublishedVote,
  counts: VoteCounts,
  result: "adopted" | "rejected",
): ImportedVoteLine {
  const agrees = vote.published === null ? null : vote.published === result;
  const base: ImportedVoteLine = {
    id: vote.id,
    title: vote.title,
    ...counts,
    result,
    published: vote.published,
    agrees,
  };
  const printed = vote.publishedCounts;
  if (!printed || sameCounts(printed, counts)) return base;
  return withNote(base, `printed counts differ: ${JSON.stringify(printed)}`);
}

function withNote(line: ImportedVoteLine, note: string): ImportedVoteLine {
  return { ...line, note: line.note ? `${line.note}; ${note}` : note };
}

function sameCounts(a: VoteCounts, b: VoteCounts): boolean {
  return (
    a.yes === b.yes &&
    a.no === b.no &&
    a.abstain === b.abstain &&
    a.notVoting === b.notVoting &&
    a.absent === b.absent
  );
}

function summarize(lines: ImportedVoteLine[]): ImportSummary {
  const agree = lines.filter((l) => l.agrees === true).length;
  const disagree = lines.filter((l) => l.agrees === false).length;
  return { votes: lines.length, agree, disagree };
}

function ruleSetOf(ruleSetId: string): RuleSet {
  const rules = findRuleSet(ruleSetId);
  if (!rules) throw new ImportError("import_refused", `unknown rule set "${ruleSetId}"`);
  return rules;
}

/**
 * The core counts the seat holders on the roster, so the roster must be the whole council. A
 * caller's count that differs from the data is an error: padding with invented members would
 * change every majority.
 */
function checkMemberCount(set: PublishedVoteSet, members: number | undefined): void {
  if (members === undefined || members === set.members.length) return;
  const detail =
    members > set.members.length
      ? `the council has ${members} members but the data names only ${set.members.length}`
      : `the council has ${members} members but the data names ${set.members.length}`;
  throw new ImportError("import_member_count", detail, { file: set.source });
}

function refused(
  set: PublishedVoteSet,
  record: string,
  refusal: { code: string; message: string },
): ImportError {
  return new ImportError("import_refused", `${refusal.code}: ${refusal.message}`, {
    file: set.source,
    record: record === "session" ? "session" : `vote ${record}`,
  });
}
