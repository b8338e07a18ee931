import type { Actor, LoggedEvent, SessionEvent } from "@council/core";

/** An event handed to the store, before it has a sequence number or a place in the hash chain. */
export type NewEvent = SessionEvent & { actor: Actor; time: string };

/** An event as the store keeps it: numbered per session and linked to its predecessor by hash. */
export type StoredEvent = LoggedEvent & { sessionId: string; prevHash: string; hash: string };

/** Where a session's log currently ends. */
export interface SessionHead {
  sessionId: string;
  lastSeq: number;
  lastHash: string;
}

/**
 * The append-only event log of every session. Implementations must pass the shared contract
 * suite in `event-store.contract.ts`.
 *
 * @example
 * const [opened] = await store.append("s1", 0, [{ type: "session_opened", payload, actor, time }]);
 * // opened.seq === 1
 */
export interface EventStore {
  /**
   * Appends atomically; seqs become expectedSeq+1.. ; throws ConcurrencyError when the session's
   * last seq is not expectedSeq. Resolves only after the commit is durable.
   */
  append(sessionId: string, expectedSeq: number, events: NewEvent[]): Promise<StoredEvent[]>;
  /** Events with seq > afterSeq (default 0), in order. */
  read(sessionId: string, afterSeq?: number): Promise<StoredEvent[]>;
  /** The head of every session that has at least one event, ordered by session id. */
  listSessions(): Promise<SessionHead[]>;
  /** Releases what the store holds; the store is unusable afterwards. */
  close(): Promise<void>;
}
