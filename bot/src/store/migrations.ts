import type Database from "better-sqlite3";
import { SchemaVersionError } from "./schema-version-error";

/**
 * Schema steps in order; step N brings a file from user_version N-1 to N. Steps are only ever
 * appended: a released step is never edited, because files in the field already ran it.
 */
const steps: readonly string[] = [
  `CREATE TABLE events (
     session_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     type TEXT NOT NULL,
     payload TEXT NOT NULL CHECK (json_valid(payload)),
     actor TEXT NOT NULL CHECK (json_valid(actor)),
     time TEXT NOT NULL,
     prev_hash TEXT NOT NULL,
     hash TEXT NOT NULL,
     PRIMARY KEY (session_id, seq)
   ) WITHOUT ROWID;`,
  `CREATE TABLE outbox (
     id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL,
     conversation_id TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('post', 'update')),
     target_id TEXT,
     activity TEXT NOT NULL CHECK (json_valid(activity)),
     status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at TEXT NOT NULL,
     created_at TEXT NOT NULL,
     delivered_at TEXT,
     activity_id TEXT,
     last_error TEXT
   );
   CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
   CREATE INDEX outbox_session ON outbox (session_id, created_at);
   CREATE TABLE outbox_checkpoints (
     session_id TEXT PRIMARY KEY,
     seq INTEGER NOT NULL
   );
   CREATE TABLE conversation_bindings (
     conversation_id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL,
     reference TEXT NOT NULL CHECK (json_valid(reference)),
     bound_at TEXT NOT NULL
   );
   CREATE INDEX conversation_bindings_session ON conversation_bindings (session_id);`,
  `ALTER TABLE conversation_bindings ADD COLUMN meeting_id TEXT;`,
  `CREATE TABLE chat_sessions (
     chat_id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL,
     chosen_by TEXT NOT NULL,
     chosen_at TEXT NOT NULL
   );`,
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = steps.length;

/**
 * Brings the file up to {@link SCHEMA_VERSION} in one transaction. The version is read under the
 * write lock, so two processes opening a new file at once do not both run the same step.
 * `target` stops earlier, which is how tests make a file as an older release left it.
 */
export function migrate(db: Database.Database, target = SCHEMA_VERSION): void {
  db.transaction(() => {
    const found = db.pragma("user_version", { simple: true }) as number;
    if (found > SCHEMA_VERSION) throw new SchemaVersionError(found, SCHEMA_VERSION);
    if (found >= target) return;

    steps.slice(found, target).forEach((step) => db.exec(step));
    db.pragma(`user_version = ${target}`);
  }).immediate();
}
