import type { AttendanceMode, LoggedEvent, SessionState, VoteCounts } from "@council/core";
import { applyAll, holdsSeat, isPresent } from "@council/core";

type PresentMode = Exclude<AttendanceMode, "absent">;

/** A change of a member's attendance while the session was open. */
export interface MovementFact {
  memberId: string;
  kind: "arrival" | "departure" | "mode_change";
  mode: AttendanceMode;
  at: string;
}

/** A change of the agenda, with the vote that made it when there was one. */
export interface AgendaChangeFact {
  kind: "added" | "withdrawn" | "reordered";
  itemId?: string;
  title?: string;
  reason?: string;
  voteId?: string;
  at: string;
}

export interface QuorumFact {
  kind: "lost" | "restored";
  at: string;
  present: number;
  quorum: number;
}

/** Member ids by what they did in a vote, as things stood when it closed. */
export type ChoiceGroups = Record<keyof VoteCounts, string[]>;

/**
 * What the minutes need that the folded state forgets: who was there at the opening, who came
 * and went, who was absent rather than not voting when each vote closed, and how the agenda
 * changed on the way.
 */
export interface SessionWalk {
  opening?: { at: string; present: number; quorum: number; presence: Map<string, PresentMode> };
  /** First mode of every member present at the opening or at any time after it. */
  attended: Map<string, PresentMode>;
  movements: MovementFact[];
  approval?: { at: string; itemIds: string[]; voteId?: string };
  agendaChanges: AgendaChangeFact[];
  quorumChanges: QuorumFact[];
  choicesAtClose: Map<string, ChoiceGroups>;
  /** Titles of every item the session ever had, withdrawn ones included. */
  titles: Map<string, string>;
}

/**
 * Folds a session's log event by event, as `foldEvents` does, and notes on the way the facts of
 * {@link SessionWalk}. Throws when the log does not start with session_created.
 */
export function walkSession(sessionId: string, events: readonly LoggedEvent[]): SessionWalk {
  const walk: SessionWalk = {
    attended: new Map(),
    movements: [],
    agendaChanges: [],
    quorumChanges: [],
    choicesAtClose: new Map(),
    titles: new Map(),
  };
  let state: SessionState | undefined;
  let previous: LoggedEvent | undefined;
  for (const event of events) {
    const before = state;
    state = applyAll(sessionId, before, [event]);
    noteTitles(walk, state);
    if (before) note(walk, before, state, event, previous);
    previous = event;
  }
  return walk;
}

function note(
  walk: SessionWalk,
  before: SessionState,
  after: SessionState,
  event: LoggedEvent,
  previous: LoggedEvent | undefined,
): void {
  switch (event.type) {
    case "session_opened":
      return noteOpening(walk, after, event);
    case "attendance_recorded":
      return noteAttendance(walk, before, event);
    case "quorum_lost":
    case "quorum_restored": {
      const kind = event.type === "quorum_lost" ? "lost" : "restored";
      walk.quorumChanges.push({ kind, at: event.time, ...event.payload });
      return;
    }
    case "agenda_approved":
      walk.approval = { at: event.time, ...event.payload };
      return;
    case "item_added":
    case "item_withdrawn":
    case "agenda_reordered":
      walk.agendaChanges.push(agendaChange(walk, before, event, previous));
      return;
    case "vote_closed":
      walk.choicesAtClose.set(event.payload.voteId, choiceGroups(after, event.payload.voteId));
      return;
    default:
      return;
  }
}

function noteTitles(walk: SessionWalk, state: SessionState): void {
  for (const item of state.agenda) walk.titles.set(item.id, item.title);
}

function noteOpening(
  walk: SessionWalk,
  after: SessionState,
  event: Extract<LoggedEvent, { type: "session_opened" }>,
): void {
  const presence = new Map<string, PresentMode>();
  for (const member of after.members.filter(holdsSeat)) {
    const mode = after.attendance[member.id]?.mode;
    if (mode === "room" || mode === "remote") presence.set(member.id, mode);
  }
  walk.opening = { at: event.time, ...event.payload, presence };
  for (const [id, mode] of presence) walk.attended.set(id, mode);
}

/** Attendance recorded before the opening only sets the scene; after it, it is a movement. */
function noteAttendance(
  walk: SessionWalk,
  before: SessionState,
  event: Extract<LoggedEvent, { type: "attendance_recorded" }>,
): void {
  if (before.status !== "open") return;
  const { memberId, mode } = event.payload;
  const was = isPresent(before, memberId);
  const kind = movementKind(was, before.attendance[memberId]?.mode, mode);
  if (!kind) return;

  walk.movements.push({ memberId, kind, mode, at: event.time });
  if (mode !== "absent" && !walk.attended.has(memberId)) walk.attended.set(memberId, mode);
}

function movementKind(
  was: boolean,
  previous: AttendanceMode | undefined,
  mode: AttendanceMode,
): MovementFact["kind"] | undefined {
  if (!was) return mode === "absent" ? undefined : "arrival";
  if (mode === "absent") return "departure";
  return previous === mode ? undefined : "mode_change";
}

/**
 * A vote's own effects follow its vote_closed in the same command, so a change right after a
 * closed vote of the matching purpose was made by that vote.
 */
function agendaChange(
  walk: SessionWalk,
  before: SessionState,
  event: Extract<LoggedEvent, { type: "item_added" | "item_withdrawn" | "agenda_reordered" }>,
  previous: LoggedEvent | undefined,
): AgendaChangeFact {
  const closedVoteId = previous?.type === "vote_closed" ? previous.payload.voteId : undefined;
  const purpose = before.votes.find((v) => v.id === closedVoteId)?.purpose.kind;
  switch (event.type) {
    case "item_added": {
      const { item, voteId } = event.payload;
      return { kind: "added", itemId: item.id, title: item.title, voteId, at: event.time };
    }
    case "item_withdrawn": {
      const { itemId, reason } = event.payload;
      const voteId = purpose === "withdraw_item" ? closedVoteId : undefined;
      const title = walk.titles.get(itemId);
      return {
        kind: "withdrawn",
        itemId,
        title,
        voteId,
        at: event.time,
        ...(voteId ? {} : { reason }),
      };
    }
    case "agenda_reordered": {
      const voteId = purpose === "reorder_agenda" ? closedVoteId : undefined;
      return { kind: "reordered", voteId, at: event.time };
    }
  }
}

/** Seat holders by ballot; without one, present means not voting and otherwise absent. */
function choiceGroups(state: SessionState, voteId: string): ChoiceGroups {
  const groups: ChoiceGroups = { yes: [], no: [], abstain: [], notVoting: [], absent: [] };
  const vote = state.votes.find((v) => v.id === voteId);
  for (const member of state.members.filter(holdsSeat)) {
    const choice = vote?.ballots[member.id];
    if (choice) groups[choice].push(member.id);
    else groups[isPresent(state, member.id) ? "notVoting" : "absent"].push(member.id);
  }
  return groups;
}
