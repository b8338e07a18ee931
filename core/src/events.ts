import type { Member } from "./roster";
import type { RuleSet } from "./rules";
import type { VoteResult } from "./vote-result";

export type AttendanceMode = "room" | "remote" | "absent";
export type Choice = "yes" | "no" | "abstain";
export type FloorKind = "speech" | "technical" | "factual";
export type SessionCloseReason = "adjourned" | "quorum_lost";
/** What Teams reported about a participant: a hint for the roll call, never attendance itself. */
export type PresenceSignalKind = "joined" | "left";
/** Where a presence signal came from; Teams meeting events are the only source so far. */
export type PresenceSignalSource = "teams";

/**
 * What a vote decides besides its motion. An adopted procedural vote takes effect by itself:
 * approving the agenda, or changing it after approval, which Czech law allows only by a vote.
 */
export type VotePurpose =
  | { kind: "resolution" }
  | { kind: "test" }
  | { kind: "approve_agenda" }
  | { kind: "add_item"; item: ItemDraft; position: number }
  | { kind: "withdraw_item"; itemId: string }
  | { kind: "reorder_agenda"; itemIds: string[] };

/** An agenda item as proposed, before it carries any state. */
export interface ItemDraft {
  id: string;
  title: string;
  /** Who presents the item (předkladatel). */
  reporter?: string;
  draftResolution?: string;
}

/**
 * Everything that can happen in a session, as facts in the past tense. The payload of each is
 * all a projection needs: the log alone rebuilds the session.
 */
export type SessionEvent =
  | {
      type: "session_created";
      payload: {
        title: string;
        council: string;
        place?: string;
        scheduledFor?: string;
        timeZone: string;
        members: Member[];
        agenda: ItemDraft[];
        rules: RuleSet;
      };
    }
  | { type: "session_opened"; payload: { present: number; quorum: number } }
  | { type: "attendance_recorded"; payload: { memberId: string; mode: AttendanceMode } }
  | { type: "quorum_lost"; payload: { present: number; quorum: number } }
  | { type: "quorum_restored"; payload: { present: number; quorum: number } }
  | { type: "agenda_approved"; payload: { itemIds: string[]; voteId?: string } }
  | { type: "item_added"; payload: { item: ItemDraft; position: number; voteId?: string } }
  | { type: "item_withdrawn"; payload: { itemId: string; reason?: string } }
  | { type: "agenda_reordered"; payload: { itemIds: string[] } }
  | { type: "item_started"; payload: { itemId: string } }
  | { type: "item_ended"; payload: { itemId: string } }
  | { type: "floor_requested"; payload: { memberId: string; itemId: string; kind: FloorKind } }
  | { type: "floor_request_withdrawn"; payload: { memberId: string; itemId: string } }
  | { type: "floor_granted"; payload: { memberId: string; itemId: string; kind: FloorKind } }
  | { type: "floor_ended"; payload: { memberId: string; itemId: string } }
  | { type: "conflict_declared"; payload: { memberId: string; itemId: string; note?: string } }
  | {
      type: "vote_opened";
      payload: {
        voteId: string;
        number: number;
        itemId: string;
        motion: string;
        purpose: VotePurpose;
      };
    }
  | { type: "ballot_cast"; payload: { voteId: string; memberId: string; choice: Choice } }
  | { type: "vote_closed"; payload: { voteId: string; result: VoteResult } }
  | { type: "session_closed"; payload: { reason: SessionCloseReason } }
  | {
      type: "meeting_started";
      payload: { meetingId: string; title?: string; joinUrl?: string; startTime: string };
    }
  | { type: "meeting_ended"; payload: { meetingId: string; endTime: string } }
  | {
      type: "presence_signal";
      payload: { memberId: string; signal: PresenceSignalKind; source: PresenceSignalSource };
    };

export type SessionEventType = SessionEvent["type"];

/** Who caused an event: a person on the roster, or the service itself (imports, timers). */
export type Actor = { kind: "member"; memberId: string } | { kind: "system"; name: string };

/** An event as it sits in the log: numbered, attributed and timed (UTC, ISO 8601). */
export type LoggedEvent = SessionEvent & { seq: number; actor: Actor; time: string };
