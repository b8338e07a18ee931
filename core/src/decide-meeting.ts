import type { Command, CommandContext } from "./commands";
import type { Decision } from "./decision";
import { accept, refuse } from "./decision";
import { requireService } from "./guards";
import type { SessionState } from "./state";

type Cmd<T extends Command["type"]> = Extract<Command, { type: T }>;

/**
 * Stamps the session with the start of its Teams meeting. Teams may deliver the same event twice,
 * so a start already on record is refused rather than logged again; a later start of the same
 * meeting (the call was left empty and started anew) is a new fact and is recorded.
 */
export function recordMeetingStart(
  state: SessionState,
  cmd: Cmd<"record_meeting_start">,
  ctx: CommandContext,
): Decision {
  const failure = requireService(ctx) ?? stillOpenForRecords(state);
  if (failure) return failure;
  if (!cmd.meetingId.trim()) return refuse("invalid_command", "a meeting needs an id");
  if (!isTime(cmd.startTime)) return refuse("invalid_command", "startTime: not a date and time");
  const meeting = state.meeting;
  if (meeting?.id === cmd.meetingId && meeting.startedAt === cmd.startTime) {
    return refuse("already_recorded", "this start of the meeting is on record already");
  }

  const { meetingId, title, joinUrl, startTime } = cmd;
  const payload = { meetingId, startTime, ...present({ title, joinUrl }) };
  return accept({ type: "meeting_started", payload });
}

/** Stamps the session with the end of its Teams meeting, once per reported end time. */
export function recordMeetingEnd(
  state: SessionState,
  cmd: Cmd<"record_meeting_end">,
  ctx: CommandContext,
): Decision {
  const failure = requireService(ctx) ?? stillOpenForRecords(state);
  if (failure) return failure;
  if (!cmd.meetingId.trim()) return refuse("invalid_command", "a meeting needs an id");
  if (!isTime(cmd.endTime)) return refuse("invalid_command", "endTime: not a date and time");
  const meeting = state.meeting;
  if (meeting?.id === cmd.meetingId && meeting.endedAt === cmd.endTime) {
    return refuse("already_recorded", "this end of the meeting is on record already");
  }

  const payload = { meetingId: cmd.meetingId, endTime: cmd.endTime };
  return accept({ type: "meeting_ended", payload });
}

/**
 * Records that Teams saw a roster member join or leave the meeting. A signal only: Teams' join
 * and leave events are known to be late, doubled or missing, so attendance (and with it the
 * quorum) changes only when the chair or clerk confirms it at the roll call.
 */
export function recordPresenceSignal(
  state: SessionState,
  cmd: Cmd<"record_presence_signal">,
  ctx: CommandContext,
): Decision {
  const failure = requireService(ctx) ?? stillOpenForRecords(state);
  if (failure) return failure;
  if (!state.members.some((m) => m.id === cmd.memberId)) {
    return refuse("not_on_roster", `${cmd.memberId} is not on the roster`);
  }

  const { memberId, signal, source } = cmd;
  return accept({ type: "presence_signal", payload: { memberId, signal, source } });
}

/** A closed session's log ends with its close: its last hash is the one the minutes print. */
function stillOpenForRecords(state: SessionState): Decision | undefined {
  if (state.status === "closed") return refuse("session_closed", "the session is closed");
  return undefined;
}

function isTime(value: string): boolean {
  return value.trim() !== "" && !Number.isNaN(Date.parse(value));
}

/** The fields that have a value, so an absent title leaves no empty key in the log. */
function present<T extends Record<string, string | undefined>>(fields: T): Partial<T> {
  const kept: Partial<T> = {};
  for (const [key, value] of Object.entries(fields) as [keyof T, T[keyof T]][]) {
    if (value !== undefined && value !== "") kept[key] = value;
  }
  return kept;
}
