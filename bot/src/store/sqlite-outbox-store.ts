import type Database from "better-sqlite3";
import { OutboxPostNotFoundError } from "./outbox-post-not-found-error";
import type { NewOutboxPost, OutboxPost, OutboxStatus, OutboxStore } from "./outbox-store";
import { deliveredPost, failedPost, pendingPost, retriedPost } from "./outbox-transitions";
import { utcIso } from "./utc-iso";

interface OutboxRow {
  id: string;
  session_id: string;
  conversation_id: string;
  kind: OutboxPost["kind"];
  target_id: string | null;
  activity: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  created_at: string;
  delivered_at: string | null;
  activity_id: string | null;
  last_error: string | null;
}

/**
 * The outbox in the service's SQLite file. Takes a connection from `openDatabase`, usually the
 * one the event store uses, and never closes it.
 */
export class SqliteOutboxStore implements OutboxStore {
  private readonly statements: Statements;

  constructor(private readonly db: Database.Database) {
    this.statements = prepare(db);
  }

  async enqueue(input: NewOutboxPost): Promise<boolean> {
    return this.statements.insert.run(toRow(pendingPost(input))).changes === 1;
  }

  async due(nowIso: string, limit: number): Promise<OutboxPost[]> {
    const rows = this.statements.due.all(utcIso(nowIso), limit) as OutboxRow[];
    return rows.map(toPost);
  }

  async get(id: string): Promise<OutboxPost | undefined> {
    const row = this.statements.get.get(id) as OutboxRow | undefined;
    return row && toPost(row);
  }

  async markDelivered(id: string, activityId: string | undefined, atIso: string): Promise<void> {
    this.update(id, (post) => deliveredPost(post, activityId, atIso));
  }

  async markRetry(id: string, nextAttemptAtIso: string, error: string): Promise<void> {
    this.update(id, (post) => retriedPost(post, nextAttemptAtIso, error));
  }

  async markFailed(id: string, error: string): Promise<void> {
    this.update(id, (post) => failedPost(post, error));
  }

  async list(sessionId: string): Promise<OutboxPost[]> {
    const rows = this.statements.list.all(sessionId) as OutboxRow[];
    return rows.map(toPost);
  }

  async getCheckpoint(sessionId: string): Promise<number> {
    const row = this.statements.getCheckpoint.get(sessionId) as { seq: number } | undefined;
    return row?.seq ?? 0;
  }

  async setCheckpoint(sessionId: string, seq: number): Promise<void> {
    this.statements.setCheckpoint.run(sessionId, seq);
  }

  private update(id: string, change: (post: OutboxPost) => OutboxPost): void {
    // Read and write under one write lock, so a concurrent outcome cannot be lost in between.
    this.db
      .transaction(() => {
        const row = this.statements.get.get(id) as OutboxRow | undefined;
        if (!row) throw new OutboxPostNotFoundError(id);

        this.statements.update.run(toRow(change(toPost(row))));
      })
      .immediate();
  }
}

type Statements = ReturnType<typeof prepare>;

// Ties in created_at fall back to rowid, the order the posts were enqueued.
function prepare(db: Database.Database) {
  return {
    insert: db.prepare(
      `INSERT INTO outbox (id, session_id, conversation_id, kind, target_id, activity, status,
         attempts, next_attempt_at, created_at, delivered_at, activity_id, last_error)
       VALUES (@id, @session_id, @conversation_id, @kind, @target_id, @activity, @status,
         @attempts, @next_attempt_at, @created_at, @delivered_at, @activity_id, @last_error)
       ON CONFLICT (id) DO NOTHING`,
    ),
    update: db.prepare(
      `UPDATE outbox SET status = @status, attempts = @attempts,
         next_attempt_at = @next_attempt_at, delivered_at = @delivered_at,
         activity_id = @activity_id, last_error = @last_error
       WHERE id = @id`,
    ),
    get: db.prepare(`SELECT * FROM outbox WHERE id = ?`),
    due: db.prepare(
      `SELECT * FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?
       ORDER BY created_at, rowid LIMIT ?`,
    ),
    list: db.prepare(`SELECT * FROM outbox WHERE session_id = ? ORDER BY created_at, rowid`),
    getCheckpoint: db.prepare(`SELECT seq FROM outbox_checkpoints WHERE session_id = ?`),
    setCheckpoint: db.prepare(
      `INSERT INTO outbox_checkpoints (session_id, seq) VALUES (?, ?)
       ON CONFLICT (session_id) DO UPDATE SET seq = excluded.seq`,
    ),
  };
}

function toRow(post: OutboxPost): OutboxRow {
  return {
    id: post.id,
    session_id: post.sessionId,
    conversation_id: post.conversationId,
    kind: post.kind,
    target_id: post.targetId ?? null,
    activity: JSON.stringify(post.activity),
    status: post.status,
    attempts: post.attempts,
    next_attempt_at: post.nextAttemptAt,
    created_at: post.createdAt,
    delivered_at: post.deliveredAt ?? null,
    activity_id: post.activityId ?? null,
    last_error: post.lastError ?? null,
  };
}

function toPost(row: OutboxRow): OutboxPost {
  const post: OutboxPost = {
    id: row.id,
    sessionId: row.session_id,
    conversationId: row.conversation_id,
    kind: row.kind,
    activity: JSON.parse(row.activity),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    createdAt: row.created_at,
  };
  return withOptionals(post, row);
}

// Optional fields are left out rather than set to undefined, matching the in-memory twin.
function withOptionals(post: OutboxPost, row: OutboxRow): OutboxPost {
  if (row.target_id !== null) post.targetId = row.target_id;
  if (row.delivered_at !== null) post.deliveredAt = row.delivered_at;
  if (row.activity_id !== null) post.activityId = row.activity_id;
  if (row.last_error !== null) post.lastError = row.last_error;
  return post;
}
