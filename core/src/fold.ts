import type { LoggedEvent, SessionEvent } from "./events";
import type { AgendaItem, SessionState, Speech, Vote } from "./state";

type EventOf<T extends SessionEvent["type"]> = Extract<LoggedEvent, { type: T }>;

/** Builds the state of a new session from its first event. */
export function createState(sessionId: string, event: EventOf<"session_created">): SessionState {
  const p = event.payload;
  return {
    id: sessionId,
    seq: event.seq,
    title: p.title,
    council: p.council,
    place: p.place,
    scheduledFor: p.scheduledFor,
    timeZone: p.timeZone,
    rules: p.rules,
    members: p.members,
    status: "scheduled",
    attendance: {},
    agenda: p.agenda.map((item) => ({ ...item, status: "pending", added: false })),
    agendaApproved: false,
    queue: [],
    speeches: [],
    conflicts: [],
    votes: [],
    presenceSignals: {},
    addedItems: 0,
    lastActor: event.actor,
    lastTime: event.time,
  };
}

/** Folds a whole log into the state it describes. */
export function foldEvents(sessionId: string, events: readonly LoggedEvent[]): SessionState {
  const [first, ...rest] = events;
  if (!first || first.type !== "session_created") {
    throw new Error(`session ${sessionId}: the log must start with session_created`);
  }
  return rest.reduce(applyEvent, createState(sessionId, first));
}

/** Applies one logged event to a state and returns the next state; the input is not changed. */
export function applyEvent(state: SessionState, event: LoggedEvent): SessionState {
  const next = { ...mutate(state, event), seq: event.seq, lastActor: event.actor };
  return { ...next, lastTime: event.time };
}

function mutate(s: SessionState, e: LoggedEvent): SessionState {
  switch (e.type) {
    case "session_created":
      return s;
    case "session_opened":
      return { ...s, status: "open", openedAt: e.time };
    case "attendance_recorded": {
      const presence = { mode: e.payload.mode, since: e.time };
      return { ...s, attendance: { ...s.attendance, [e.payload.memberId]: presence } };
    }
    case "quorum_lost":
      return { ...s, quorumLostAt: e.time };
    case "quorum_restored":
      return { ...s, quorumLostAt: undefined };
    case "agenda_approved":
      return { ...reorder(s, e.payload.itemIds), agendaApproved: true };
    case "item_added":
      return addItem(s, e);
    case "item_withdrawn":
      return updateItem(s, e.payload.itemId, { status: "withdrawn" });
    case "agenda_reordered":
      return reorder(s, e.payload.itemIds);
    case "item_started": {
      const started = updateItem(s, e.payload.itemId, { status: "current", startedAt: e.time });
      return { ...started, currentItemId: e.payload.itemId, queue: [] };
    }
    case "item_ended": {
      const ended = updateItem(s, e.payload.itemId, { status: "done", endedAt: e.time });
      return { ...ended, currentItemId: undefined, queue: [] };
    }
    case "floor_requested":
      return { ...s, queue: [...s.queue, { ...e.payload, requestedAt: e.time }] };
    case "floor_request_withdrawn":
      return { ...s, queue: s.queue.filter((r) => r.memberId !== e.payload.memberId) };
    case "floor_granted": {
      const floor: Speech = { ...e.payload, startedAt: e.time };
      return { ...s, floor, queue: s.queue.filter((r) => r.memberId !== e.payload.memberId) };
    }
    case "floor_ended": {
      if (!s.floor) return s;
      const speech = { ...s.floor, endedAt: e.time };
      return { ...s, floor: undefined, speeches: [...s.speeches, speech] };
    }
    case "conflict_declared":
      return { ...s, conflicts: [...s.conflicts, { ...e.payload, declaredAt: e.time }] };
    case "vote_opened":
      return openVote(s, e);
    case "ballot_cast":
      return updateVote(s, e.payload.voteId, (v) => ({
        ...v,
        ballots: { ...v.ballots, [e.payload.memberId]: e.payload.choice },
      }));
    case "vote_closed": {
      const closed = updateVote(s, e.payload.voteId, (v) => ({
        ...v,
        status: "closed",
        closedAt: e.time,
        result: e.payload.result,
      }));
      return { ...closed, currentVoteId: undefined };
    }
    case "session_closed":
      return { ...s, status: "closed", closedAt: e.time, closeReason: e.payload.reason };
    case "meeting_started": {
      const { meetingId, startTime, ...details } = e.payload;
      return { ...s, meeting: { id: meetingId, ...details, startedAt: startTime } };
    }
    case "meeting_ended": {
      const { meetingId, endTime } = e.payload;
      const known = s.meeting?.id === meetingId ? s.meeting : { id: meetingId };
      return { ...s, meeting: { ...known, endedAt: endTime } };
    }
    case "presence_signal": {
      const { memberId, signal, source } = e.payload;
      const presenceSignals = { ...s.presenceSignals, [memberId]: { signal, source, at: e.time } };
      return { ...s, presenceSignals };
    }
    default:
      return assertNever(e);
  }
}

function openVote(s: SessionState, e: EventOf<"vote_opened">): SessionState {
  const p = e.payload;
  const vote: Vote = {
    id: p.voteId,
    number: p.number,
    itemId: p.itemId,
    motion: p.motion,
    purpose: p.purpose,
    status: "open",
    openedAt: e.time,
    ballots: {},
  };
  return { ...s, votes: [...s.votes, vote], currentVoteId: vote.id };
}

function addItem(s: SessionState, e: EventOf<"item_added">): SessionState {
  const item: AgendaItem = { ...e.payload.item, status: "pending", added: true };
  const agenda = [...s.agenda];
  agenda.splice(e.payload.position, 0, item);
  return { ...s, agenda, addedItems: s.addedItems + 1 };
}

function reorder(s: SessionState, itemIds: readonly string[]): SessionState {
  const rank = new Map(itemIds.map((id, i) => [id, i]));
  const agenda = [...s.agenda].sort(
    (a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity),
  );
  return { ...s, agenda };
}

function updateItem(s: SessionState, itemId: string, patch: Partial<AgendaItem>): SessionState {
  return { ...s, agenda: s.agenda.map((i) => (i.id === itemId ? { ...i, ...patch } : i)) };
}

function updateVote(s: SessionState, voteId: string, f: (v: Vote) => Vote): SessionState {
  return { ...s, votes: s.votes.map((v) => (v.id === voteId ? f(v) : v)) };
}

/** Compile-time proof that a switch handled every case of a union. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
