import type { SessionEventType } from "@council/core";
import { assertNever } from "@council/core";

/** The filters of the clerk's log: what a line is about. */
export type EventGroup = "attendance" | "agenda" | "floor" | "votes";

/** The filters in the order the clerk sees them. */
export const eventGroups: readonly EventGroup[] = ["attendance", "agenda", "floor", "votes"];

/**
 * The group of an event type. Opening and closing the session, Teams' meeting start and end and
 * its presence signals count as attendance: they are what the roll call is read against.
 */
export function eventGroup(type: SessionEventType): EventGroup {
  switch (type) {
    case "session_opened":
    case "session_closed":
    case "attendance_recorded":
    case "quorum_lost":
    case "quorum_restored":
    case "presence_signal":
    case "meeting_started":
    case "meeting_ended":
      return "attendance";
    case "session_created":
    case "agenda_approved":
    case "item_added":
    case "item_withdrawn":
    case "agenda_reordered":
    case "item_started":
    case "item_ended":
    case "conflict_declared":
      return "agenda";
    case "floor_requested":
    case "floor_request_withdrawn":
    case "floor_granted":
    case "floor_ended":
      return "floor";
    case "vote_opened":
    case "ballot_cast":
    case "vote_closed":
      return "votes";
    default:
      return assertNever(type);
  }
}
