import type { LoggedEvent, SessionState } from "@council/core";
import { assertNever } from "@council/core";
import type { Messages } from "../messages/messages";
import { itemNumber } from "@council/core";
import { numberedTitle } from "./item-number";
import { voteMotion } from "./vote-motion";

function nameOf(state: SessionState, memberId: string): string {
  return state.members.find((m) => m.id === memberId)?.name ?? memberId;
}

function itemOf(state: SessionState, itemId: string): string {
  const item = state.agenda.find((i) => i.id === itemId);
  return item ? numberedTitle(item) : itemId;
}

/** An item's number, or its title when it has none, for a list of many items. */
function shortItem(state: SessionState, itemId: string): string {
  const item = state.agenda.find((i) => i.id === itemId);
  return item ? (itemNumber(item) ?? item.title) : itemId;
}

function voteNumber(state: SessionState, voteId: string): number {
  return state.votes.find((v) => v.id === voteId)?.number ?? Number(voteId.replace(/\D/g, ""));
}

/**
 * One line of the clerk's log for an event, in the reader's language, with names and item
 * titles taken from the current state (the roster and agenda only grow, so none goes missing).
 */
export function describeEvent(event: LoggedEvent, state: SessionState, t: Messages): string {
  const e = t.events;
  switch (event.type) {
    case "session_created":
      return e.sessionCreated(event.payload.title);
    case "session_opened":
      return e.sessionOpened(event.payload.present, event.payload.quorum);
    case "session_closed":
      return e.sessionClosed(t.closeReason[event.payload.reason]);
    case "attendance_recorded":
      return e.attendance(
        nameOf(state, event.payload.memberId),
        t.attendanceMode[event.payload.mode],
      );
    case "quorum_lost":
      return e.quorumLost(event.payload.present, event.payload.quorum);
    case "quorum_restored":
      return e.quorumRestored(event.payload.present, event.payload.quorum);
    case "agenda_approved":
      return e.agendaApproved(
        event.payload.voteId ? voteNumber(state, event.payload.voteId) : undefined,
      );
    case "item_added":
      return e.itemAdded(numberedTitle(event.payload.item));
    case "item_withdrawn":
      return e.itemWithdrawn(itemOf(state, event.payload.itemId));
    case "agenda_reordered":
      return e.agendaReordered(event.payload.itemIds.map((id) => shortItem(state, id)).join(", "));
    case "item_started":
      return e.itemStarted(itemOf(state, event.payload.itemId));
    case "item_ended":
      return e.itemEnded(itemOf(state, event.payload.itemId));
    case "floor_requested":
      return e.floorRequested(
        nameOf(state, event.payload.memberId),
        t.floorKind[event.payload.kind],
      );
    case "floor_request_withdrawn":
      return e.floorRequestWithdrawn(nameOf(state, event.payload.memberId));
    case "floor_granted":
      return e.floorGranted(nameOf(state, event.payload.memberId), t.floorKind[event.payload.kind]);
    case "floor_ended":
      return e.floorEnded(nameOf(state, event.payload.memberId));
    case "conflict_declared":
      return e.conflictDeclared(
        nameOf(state, event.payload.memberId),
        itemOf(state, event.payload.itemId),
        event.payload.note,
      );
    case "meeting_started":
      return e.meetingStarted(event.payload.title);
    case "meeting_ended":
      return e.meetingEnded;
    case "presence_signal":
      return e.presenceSignal(
        nameOf(state, event.payload.memberId),
        t.presenceSignal[event.payload.signal],
      );
    case "vote_opened":
      return e.voteOpened(event.payload.number, voteMotion(event.payload, t));
    case "ballot_cast":
      return e.ballotCast(
        voteNumber(state, event.payload.voteId),
        nameOf(state, event.payload.memberId),
        t.memberBallot[event.payload.choice],
      );
    case "vote_closed": {
      const { outcome, counts } = event.payload.result;
      const c = counts;
      return e.voteClosed(
        voteNumber(state, event.payload.voteId),
        t.outcome[outcome],
        t.result.counts(c.yes, c.no, c.abstain, c.notVoting, c.absent),
      );
    }
    default:
      return assertNever(event);
  }
}
