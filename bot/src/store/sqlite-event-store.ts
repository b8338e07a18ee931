import type Database from "better-sqlite3";
import { ConcurrencyError } from "./concurrency-error";
import type { EventStore, NewEvent, SessionHead, StoredEvent } from "./event-store";
import { GENESIS_HASH, linkEvents } from "./hash-chain";
import { openDatabase } from "./open-database";

interface EventRow {
  session_id: string;
  seq: number;
  type: string;
  payload: string;
  actor: string;
  time: string;
  prev_hash: string;
  hash: string;
}

interface HeadRow {
  session_id: string;
  seq: number;
  hash: string;
}

/**
 * The event store in a SQLite file (WAL, synchronous=FULL). Give it a path to own its
 * connection, or a connection from {@link openDatabase} to share one file with the bot's outbox;
 * a shared connection stays open on close() and is closed by whoever opened it.
 *
 * @example
 * const store = new SqliteEventStore("data/council.sqlite");
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly ownsDb: boolean;
  private readonly statements: Statements;
  private readonly appendTx: Database.Transaction<
    (sessionId: string, expectedSeq: number, events: NewEvent[]) => StoredEvent[]
  >;

  constructor(source: string | Database.Database) {
    this.ownsDb = typeof source === "string";
    this.db = typeof source === "string" ? openDatabase(source) : source;
    this.statements = prepare(this.db);
    this.appendTx = this.db.transaction(this.appendInTx.bind(this));
  }

  async append(sessionId: string, expectedSeq: number, events: NewEvent[]): Promise<StoredEvent[]> {
    // IMMEDIATE takes the write lock before the head is read, so a second connection with the
    // same expectedSeq waits, then sees the new head and gets a ConcurrencyError.
    return this.appendTx.immediate(sessionId, expectedSeq, events);
  }

  async read(sessionId: string, afterSeq = 0): Promise<StoredEvent[]> {
    const rows = this.statements.read.all(sessionId, afterSeq) as EventRow[];
    return rows.map(toStoredEvent);
  }

  async listSessions(): Promise<SessionHead[]> {
    const rows = this.statements.heads.all() as HeadRow[];
    return rows.map((row) => ({ sessionId: row.session_id, lastSeq: row.seq, lastHash: row.hash }));
  }

  async close(): Promise<void> {
    if (this.ownsDb && this.db.open) this.db.close();
  }

  private appendInTx(sessionId: string, expectedSeq: number, events: NewEvent[]): StoredEvent[] {
    const head = this.headOf(sessionId);
    if (head.lastSeq !== expectedSeq) {
      throw new ConcurrencyError(sessionId, expectedSeq, head.lastSeq);
    }

    const stored = linkEvents(head, events);
    stored.forEach((event) => this.statements.insert.run(toRow(event)));
    return stored;
  }

  private headOf(sessionId: string): SessionHead {
    const row = this.statements.head.get(sessionId) as HeadRow | undefined;
    return { sessionId, lastSeq: row?.seq ?? 0, lastHash: row?.hash ?? GENESIS_HASH };
  }
}

type Statements = ReturnType<typeof prepare>;

function prepare(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT INTO events (session_id, seq, type, payload, actor, time, prev_hash, hash)
       VALUES (@session_id, @seq, @type, @payload, @actor, @time, @prev_hash, @hash)`,
    ),
    read: db.prepare(`SELECT * FROM events WHERE session_id = ? AND seq > ? ORDER BY seq`),
    head: db.prepare(
      `SELECT session_id, seq, hash FROM events WHERE session_id = ? ORDER BY seq DESC LIMIT 1`,
    ),
    // SQLite documents that bare columns next to max() come from the row holding the maximum.
    heads: db.prepare(
      `SELECT session_id, max(seq) AS seq, hash FROM events GROUP BY session_id ORDER BY session_id`,
    ),
  };
}

function toRow(event: StoredEvent): EventRow {
  return {
    session_id: event.sessionId,
    seq: event.seq,
    type: event.type,
    payload: JSON.stringify(event.payload),
    actor: JSON.stringify(event.actor),
    time: event.time,
    prev_hash: event.prevHash,
    hash: event.hash,
  };
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    sessionId: row.session_id,
    seq: row.seq,
    type: row.type,
    payload: JSON.parse(row.payload),
    actor: JSON.parse(row.actor),
    time: row.time,
    prevHash: row.prev_hash,
    hash: row.hash,
  } as StoredEvent;
}
