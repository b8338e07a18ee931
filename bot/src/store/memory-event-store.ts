import { ConcurrencyError } from "./concurrency-error";
import type { EventStore, NewEvent, SessionHead, StoredEvent } from "./event-store";
import { GENESIS_HASH, linkEvents } from "./hash-chain";

/**
 * The event store contract held in memory, for unit tests of other modules. Nothing survives the
 * process; callers get copies, so mutating a returned event never changes the log.
 */
export class MemoryEventStore implements EventStore {
  private readonly logs = new Map<string, StoredEvent[]>();

  async append(sessionId: string, expectedSeq: number, events: NewEvent[]): Promise<StoredEvent[]> {
    const head = this.headOf(sessionId);
    if (head.lastSeq !== expectedSeq) {
      throw new ConcurrencyError(sessionId, expectedSeq, head.lastSeq);
    }

    const stored = linkEvents(head, events);
    if (stored.length > 0) this.logs.set(sessionId, [...this.logOf(sessionId), ...stored]);
    return structuredClone(stored);
  }

  async read(sessionId: string, afterSeq = 0): Promise<StoredEvent[]> {
    return structuredClone(this.logOf(sessionId).filter((event) => event.seq > afterSeq));
  }

  async listSessions(): Promise<SessionHead[]> {
    return [...this.logs.keys()].sort().map((sessionId) => this.headOf(sessionId));
  }

  async close(): Promise<void> {
    this.logs.clear();
  }

  private logOf(sessionId: string): StoredEvent[] {
    return this.logs.get(sessionId) ?? [];
  }

  private headOf(sessionId: string): SessionHead {
    const last = this.logOf(sessionId).at(-1);
    return { sessionId, lastSeq: last?.seq ?? 0, lastHash: last?.hash ?? GENESIS_HASH };
  }
}
