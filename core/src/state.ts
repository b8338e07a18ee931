import type { Actor, AttendanceMode, Choice, FloorKind, ItemDraft } from "./events";
import type { PresenceSignalKind, PresenceSignalSource } from "./events";
import type { SessionCloseReason, VotePurpose } from "./events";
import type { Member } from "./roster";
import type { RuleSet } from "./rules";
import type { VoteResult } from "./vote-result";

export type SessionStatus = "scheduled" | "open" | "closed";
export type ItemStatus = "pending" | "current" | "done" | "withdrawn";

export interface AgendaItem extends ItemDraft {
  status: ItemStatus;
  /** Added during the session, after the agenda was proposed. */
  added: boolean;
  startedAt?: string;
  endedAt?: string;
}

export interface Presence {
  mode: AttendanceMode;
  since: string;
}

export interface FloorRequest {
  memberId: string;
  itemId: string;
  kind: FloorKind;
  requestedAt: string;
}

export interface Speech {
  memberId: string;
  itemId: string;
  kind: FloorKind;
  startedAt: string;
  endedAt?: string;
}

export interface Conflict {
  memberId: string;
  itemId: string;
  note?: string;
  declaredAt: string;
}

export interface Vote {
  id: string;
  number: number;
  itemId: string;
  motion: string;
  purpose: VotePurpose;
  status: "open" | "closed";
  openedAt: string;
  closedAt?: string;
  /** Named ballots in the order they arrived. */
  ballots: Record<string, Choice>;
  result?: VoteResult;
}

/** The online meeting the session is held in, as Teams reported its start and end. */
export interface MeetingRecord {
  id: string;
  title?: string;
  joinUrl?: string;
  startedAt?: string;
  endedAt?: string;
}

/** The latest join or leave Teams reported for a member, shown to the chair at the roll call. */
export interface PresenceSignal {
  signal: PresenceSignalKind;
  source: PresenceSignalSource;
  at: string;
}

/** The whole state of one session: a fold of its events, nothing more. */
export interface SessionState {
  id: string;
  seq: number;
  title: string;
  council: string;
  place?: string;
  scheduledFor?: string;
  timeZone: string;
  rules: RuleSet;
  members: Member[];
  status: SessionStatus;
  openedAt?: string;
  closedAt?: string;
  closeReason?: SessionCloseReason;
  /** Set while quorum is lost; under an "end" rule business stays stopped until the close. */
  quorumLostAt?: string;
  attendance: Record<string, Presence>;
  agenda: AgendaItem[];
  agendaApproved: boolean;
  currentItemId?: string;
  queue: FloorRequest[];
  floor?: Speech;
  speeches: Speech[];
  conflicts: Conflict[];
  votes: Vote[];
  currentVoteId?: string;
  meeting?: MeetingRecord;
  /** Per member id; a hint only: attendance changes when the chair or clerk records it. */
  presenceSignals: Record<string, PresenceSignal>;
  /** Counter behind the ids of items added during the session. */
  addedItems: number;
  /** Who last changed the session, for the "last action" line of a view. */
  lastActor?: Actor;
  lastTime?: string;
}
