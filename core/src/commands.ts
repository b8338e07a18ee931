import type { Actor } from "./events";
import type { AttendanceMode, Choice, FloorKind, ItemDraft, SessionCloseReason } from "./events";
import type { PresenceSignalKind, PresenceSignalSource } from "./events";
import type { Member } from "./roster";

/** What a person asks of a session. The actor and the time travel beside it in a CommandContext. */
export type Command =
  | {
      type: "create_session";
      title: string;
      council: string;
      place?: string;
      scheduledFor?: string;
      timeZone?: string;
      members: Member[];
      agenda: ItemDraft[];
      ruleSetId?: string;
    }
  | { type: "open_session" }
  | { type: "record_attendance"; memberId: string; mode: AttendanceMode }
  | { type: "approve_agenda"; voteId?: string }
  | { type: "add_item"; item: Omit<ItemDraft, "id">; position?: number; voteId?: string }
  | { type: "withdraw_item"; itemId: string; reason?: string }
  | { type: "reorder_agenda"; itemIds: string[] }
  | { type: "start_item"; itemId: string }
  | { type: "end_item"; itemId: string }
  | { type: "request_floor"; kind?: FloorKind }
  | { type: "withdraw_floor_request"; memberId?: string }
  | { type: "grant_floor"; memberId?: string }
  | { type: "end_floor" }
  | { type: "declare_conflict"; itemId: string; note?: string }
  | { type: "open_vote"; motion?: string; purpose?: PurposeRequest }
  | { type: "cast_ballot"; voteId: string; choice: Choice }
  | { type: "close_vote"; voteId: string }
  | { type: "close_session"; reason?: SessionCloseReason }
  | {
      type: "record_meeting_start";
      meetingId: string;
      title?: string;
      joinUrl?: string;
      startTime: string;
    }
  | { type: "record_meeting_end"; meetingId: string; endTime: string }
  | {
      type: "record_presence_signal";
      memberId: string;
      signal: PresenceSignalKind;
      source: PresenceSignalSource;
    };

export type CommandType = Command["type"];

/** The purpose of a vote as asked for; the core fills in ids and positions. */
export type PurposeRequest =
  | { kind: "resolution" }
  | { kind: "test" }
  | { kind: "approve_agenda" }
  | { kind: "add_item"; item: Omit<ItemDraft, "id">; position?: number }
  | { kind: "withdraw_item"; itemId: string }
  | { kind: "reorder_agenda"; itemIds: string[] };

/** Who asks and when (UTC, ISO 8601). The core has no clock: time is always passed in. */
export interface CommandContext {
  actor: Actor;
  now: string;
}
