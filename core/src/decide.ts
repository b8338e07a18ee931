import type { Command, CommandContext } from "./commands";
import type { Decision } from "./decision";
import { refuse } from "./decision";
import {
  addItem,
  approveAgenda,
  endItem,
  reorderAgenda,
  startItem,
  withdrawItem,
} from "./decide-agenda";
import {
  declareConflict,
  endFloor,
  grantFloor,
  requestFloor,
  withdrawFloorRequest,
} from "./decide-floor";
import { recordMeetingEnd, recordMeetingStart, recordPresenceSignal } from "./decide-meeting";
import { closeSession, createSession, openSession, recordAttendance } from "./decide-session";
import { castBallot, closeVote, openVote } from "./decide-vote";
import { assertNever } from "./fold";
import type { SessionState } from "./state";

/**
 * Checks a command against the current state of its session and answers with the events it
 * causes or a refusal with a stable code. Pure: the actor and the time come in the context.
 */
export function decide(
  state: SessionState | undefined,
  cmd: Command,
  ctx: CommandContext,
): Decision {
  if (cmd.type === "create_session") return createSession(state, cmd, ctx);
  if (!state) return refuse("session_not_found", "no such session");
  switch (cmd.type) {
    case "open_session":
      return openSession(state, ctx);
    case "record_attendance":
      return recordAttendance(state, cmd, ctx);
    case "approve_agenda":
      return approveAgenda(state, ctx);
    case "add_item":
      return addItem(state, cmd, ctx);
    case "withdraw_item":
      return withdrawItem(state, cmd, ctx);
    case "reorder_agenda":
      return reorderAgenda(state, cmd, ctx);
    case "start_item":
      return startItem(state, cmd, ctx);
    case "end_item":
      return endItem(state, cmd, ctx);
    case "request_floor":
      return requestFloor(state, cmd, ctx);
    case "withdraw_floor_request":
      return withdrawFloorRequest(state, cmd, ctx);
    case "grant_floor":
      return grantFloor(state, cmd, ctx);
    case "end_floor":
      return endFloor(state, ctx);
    case "declare_conflict":
      return declareConflict(state, cmd, ctx);
    case "open_vote":
      return openVote(state, cmd, ctx);
    case "cast_ballot":
      return castBallot(state, cmd, ctx);
    case "close_vote":
      return closeVote(state, cmd, ctx);
    case "close_session":
      return closeSession(state, cmd, ctx);
    case "record_meeting_start":
      return recordMeetingStart(state, cmd, ctx);
    case "record_meeting_end":
      return recordMeetingEnd(state, cmd, ctx);
    case "record_presence_signal":
      return recordPresenceSignal(state, cmd, ctx);
    default:
      return assertNever(cmd);
  }
}
