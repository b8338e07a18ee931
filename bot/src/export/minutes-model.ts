import type {
  AttendanceMode,
  FloorKind,
  ItemStatus,
  Lang,
  SessionCloseReason,
  SessionState,
  SessionStatus,
  VoteCounts,
  VoteOutcome,
  VotePurpose,
} from "@council/core";
import { foldEvents, holdsSeat } from "@council/core";
import type { StoredEvent } from "../store";
import { ExportError } from "./export-error";
import { buildAttendance } from "./minutes-attendance";
import { buildAgenda } from "./minutes-agenda";
import type { MinutesContext } from "./minutes-context";
import { minutesContext } from "./minutes-context";
import { buildItems } from "./minutes-items";
import { numberResolutions } from "./minutes-resolutions";
import { checkResolutionPattern, DEFAULT_RESOLUTION_PATTERN } from "./resolution-number";
import type { Stamp } from "./session-clock";
import { formatDate } from "./session-clock";
import type { SessionWalk } from "./session-walk";
import { walkSession } from "./session-walk";

/** A person named in the minutes: roster id and list name ("Nováková Jana, Ing."). */
export interface MinutesPerson {
  id: string;
  name: string;
}

export interface PresentMember extends MinutesPerson {
  /** How the member first took part: in the room or remotely (distanční účast). */
  mode: Exclude<AttendanceMode, "absent">;
  atOpening: boolean;
  /** First arrival, for a member who was not there at the opening. */
  arrivedAt?: Stamp;
  /** Last departure, for a member who was not there at the close. */
  leftAt?: Stamp;
}

export interface AttendanceMovement {
  member: MinutesPerson;
  kind: "arrival" | "departure" | "mode_change";
  mode: AttendanceMode;
  at: Stamp;
}

export interface MinutesAttendance {
  /** Mandates held: the member base of quorum and majority. */
  seats: number;
  /** Everyone present at the opening or at any time after it, in alphabetical order. */
  present: PresentMember[];
  room: number;
  remote: number;
  presentAtOpening: number;
  excused: MinutesPerson[];
  absent: MinutesPerson[];
  movements: AttendanceMovement[];
  summary: string;
}

export interface QuorumNote {
  at: Stamp;
  present: number;
  quorum: number;
  text: string;
}

export interface QuorumChange extends QuorumNote {
  kind: "lost" | "restored";
}

export interface AgendaEntry {
  number: number;
  id: string;
  title: string;
  reporter?: string;
  /** Added during the session. */
  added: boolean;
}

export interface AgendaChange {
  kind: "added" | "withdrawn" | "reordered";
  title?: string;
  at: Stamp;
  voteNumber?: number;
  reason?: string;
  text: string;
}

export interface MinutesAgenda {
  /** The agenda as approved; empty when it never was. */
  approved: AgendaEntry[];
  approvedAt?: Stamp;
  approvalVoteNumber?: number;
  approvalText: string;
  /** Items added, withdrawn or reordered, in the order it happened. */
  changes: AgendaChange[];
}

export interface MinutesSpeaker {
  member: MinutesPerson;
  kind: FloorKind;
  kindText: string;
  startedAt: Stamp;
  endedAt?: Stamp;
}

export interface MinutesConflict {
  member: MinutesPerson;
  note?: string;
  declaredAt: Stamp;
}

export interface NamedVoteGroup {
  choice: keyof VoteCounts;
  label: string;
  names: string[];
}

export interface MinutesVote {
  id: string;
  number: number;
  motion: string;
  purpose: VotePurpose["kind"];
  purposeText: string;
  openedAt: Stamp;
  closedAt?: Stamp;
  status: "open" | "closed";
  counts?: VoteCounts;
  /** "Výsledek hlasování: pro 14, proti 0, zdržel se 2, nehlasoval 1, nepřítomen 6" */
  countsLine?: string;
  outcome?: VoteOutcome;
  /** "Návrh byl přijat", "Návrh nebyl přijat", void, or that the vote was not closed. */
  outcomeText: string;
  /** Why it ended so, from `explainResult`. */
  explanation?: string;
  /** Yes, no, abstain, not voting and absent, each listed by name; empty for a vote not closed. */
  named: NamedVoteGroup[];
  resolutionNumber?: string;
}

export interface MinutesItem {
  number: number;
  id: string;
  title: string;
  reporter?: string;
  draftResolution?: string;
  added: boolean;
  status: ItemStatus;
  statusText: string;
  startedAt?: Stamp;
  endedAt?: Stamp;
  speakers: MinutesSpeaker[];
  conflicts: MinutesConflict[];
  votes: MinutesVote[];
}

export interface MinutesResolution {
  number: string;
  voteNumber: number;
  itemNumber?: number;
  itemTitle?: string;
  text: string;
  /** Approving or changing the agenda rather than deciding a matter. */
  procedural: boolean;
  adoptedAt: Stamp;
}

export interface MinutesEnding {
  status: SessionStatus;
  reason?: SessionCloseReason;
  at?: Stamp;
  text: string;
}

export interface MinutesLog {
  eventCount: number;
  lastSeq: number;
  /** Hash of the last event: whoever holds the published log can check it against this. */
  finalHash: string;
}

/** The minutes (zápis) of one session, in one language, ready for any renderer. */
export interface MinutesModel {
  lang: Lang;
  sessionId: string;
  council: string;
  title: string;
  place?: string;
  timeZone: string;
  /** The session's date in its time zone: "27. 2. 2020". */
  date: string;
  openedAt?: Stamp;
  closedAt?: Stamp;
  chair?: string;
  clerks: string[];
  verifiers: string[];
  ruleSet: string;
  attendance: MinutesAttendance;
  quorumAtOpening?: QuorumNote;
  quorumChanges: QuorumChange[];
  agenda: MinutesAgenda;
  items: MinutesItem[];
  resolutions: MinutesResolution[];
  ending: MinutesEnding;
  log: MinutesLog;
}

export interface MinutesOptions {
  /** Czech by default. */
  lang?: Lang;
  /** Placeholders {number}, {session}, {year}, {item}, {vote}; default `{number}/{session}/{year}`. */
  resolutionPattern?: string;
  /** Default: the number the title starts with ("13. zasedání"), else the session id. */
  sessionNumber?: string;
  /** For towns numbering resolutions through the whole term: the number of this session's first. */
  firstResolutionNumber?: number;
  /**
   * Whether adopted agenda votes (approval, adding, withdrawing, reordering) are numbered as
   * procedural resolutions. Default true: they are decisions of the council, and Czech minutes
   * usually number "schvaluje program" like any other resolution. When false, their effect is
   * recorded only in the agenda section, with the vote number.
   */
  proceduralResolutions?: boolean;
  /**
   * Members excused in advance. The log records only that a member is absent, not whether they
   * apologised, so the clerk supplies this; everyone else not present is listed as absent.
   */
  excused?: readonly string[];
  /** Member ids of the minutes verifiers (ověřovatelé), printed with a place to sign. */
  verifiers?: readonly string[];
}

/**
 * Builds the minutes of a session from its stored log. Pure: the same events and options give
 * the same minutes. Test votes are never resolutions; rejected and void votes get no number.
 *
 * @example
 * const minutes = buildMinutesModel(await store.read("s1"), { lang: "cs" });
 * minutes.resolutions[0]?.number; // "1/13/2020"
 */
export function buildMinutesModel(
  events: readonly StoredEvent[],
  options: MinutesOptions = {},
): MinutesModel {
  const last = events.at(-1);
  const sessionId = events[0]?.sessionId;
  if (!last || sessionId === undefined) {
    throw new ExportError("session_not_found", "a session's minutes need at least one event");
  }
  const pattern = options.resolutionPattern ?? DEFAULT_RESOLUTION_PATTERN;
  checkResolutionPattern(pattern);

  const state = foldEvents(sessionId, events);
  const walk = walkSession(sessionId, events);
  const ctx = minutesContext(options.lang ?? "cs", state.timeZone, state.members);
  const items = buildItems(state, walk, ctx);
  const resolutions = numberResolutions(state, items, ctx, {
    pattern,
    sessionNumber: options.sessionNumber,
    first: options.firstResolutionNumber ?? 1,
    procedural: options.proceduralResolutions ?? true,
  });

  return {
    ...header(state, ctx, options),
    attendance: buildAttendance(state, walk, ctx, options.excused ?? []),
    quorumAtOpening: quorumAtOpening(state, walk, ctx),
    quorumChanges: quorumChanges(walk, ctx),
    agenda: buildAgenda(state, walk, ctx),
    items,
    resolutions,
    ending: ending(state, last.time, ctx),
    log: { eventCount: events.length, lastSeq: last.seq, finalHash: last.hash },
  };
}

function header(state: SessionState, ctx: MinutesContext, options: MinutesOptions) {
  const chair = state.members.find((m) => m.role === "chair");
  const dateSource = state.openedAt ?? state.scheduledFor ?? state.lastTime;
  return {
    lang: ctx.lang,
    sessionId: state.id,
    council: state.council,
    title: state.title,
    place: state.place,
    timeZone: state.timeZone,
    date: dateSource ? formatDate(dateSource, state.timeZone, ctx.lang) : "",
    openedAt: state.openedAt ? ctx.at(state.openedAt) : undefined,
    closedAt: state.closedAt ? ctx.at(state.closedAt) : undefined,
    chair: chair ? ctx.nameOf(chair.id) : undefined,
    clerks: state.members.filter((m) => m.role === "clerk").map((m) => ctx.nameOf(m.id)),
    verifiers: (options.verifiers ?? []).map(ctx.nameOf),
    ruleSet: state.rules.name[ctx.lang],
  };
}

function quorumAtOpening(
  state: SessionState,
  walk: SessionWalk,
  ctx: MinutesContext,
): QuorumNote | undefined {
  const opening = walk.opening;
  if (!opening) return undefined;
  const at = ctx.at(opening.at);
  const seats = state.members.filter(holdsSeat).length;
  const text = ctx.words.quorumAtOpening(at.time, opening.present, seats, opening.quorum);
  return { at, present: opening.present, quorum: opening.quorum, text };
}

function quorumChanges(walk: SessionWalk, ctx: MinutesContext): QuorumChange[] {
  return walk.quorumChanges.map((change) => {
    const at = ctx.at(change.at);
    const say = change.kind === "lost" ? ctx.words.quorumLost : ctx.words.quorumRestored;
    return { ...change, at, text: say(at.time, change.present, change.quorum) };
  });
}

function ending(state: SessionState, lastTime: string, ctx: MinutesContext): MinutesEnding {
  const w = ctx.words;
  if (state.status === "scheduled") return { status: state.status, text: w.notOpened };
  if (state.status === "open" || !state.closedAt) {
    return { status: state.status, text: w.notClosed(ctx.at(lastTime).time) };
  }
  const at = ctx.at(state.closedAt);
  const text =
    state.closeReason === "quorum_lost" ? w.endedQuorumLost(at.time) : w.endedAdjourned(at.time);
  return { status: state.status, reason: state.closeReason, at, text };
}
