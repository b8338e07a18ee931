import type { Command, SessionState } from "@council/core";

/**
 * Whether a command is one the core reserves for the chair (or the clerk) when `memberId` asks:
 * running the session, the agenda, the floor and votes, and acting for someone else. What a
 * member does for themself (attendance, a request to speak, ending their own speech, a ballot,
 * a conflict of interest) is not. Any other command, including ones added to the core later,
 * counts as the chair's: a new command is guarded until someone decides otherwise here.
 */
export function isChairAction(command: Command, state: SessionState, memberId: string): boolean {
  switch (command.type) {
    case "create_session":
    case "request_floor":
    case "declare_conflict":
    case "cast_ballot":
      return false;
    case "record_attendance":
      return command.memberId !== memberId;
    case "withdraw_floor_request":
      return (command.memberId ?? memberId) !== memberId;
    case "end_floor":
      return state.floor !== undefined && state.floor.memberId !== memberId;
    default:
      return true;
  }
}
