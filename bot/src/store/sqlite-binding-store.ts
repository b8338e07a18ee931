import type Database from "better-sqlite3";
import type { BindingStore, ConversationBinding } from "./binding-store";
import { utcIso } from "./utc-iso";

interface BindingRow {
  session_id: string;
  conversation_id: string;
  meeting_id: string | null;
  reference: string;
  bound_at: string;
}

/**
 * Conversation bindings in the service's SQLite file. Takes a connection from `openDatabase`,
 * usually the one the event store uses, and never closes it.
 */
export class SqliteBindingStore implements BindingStore {
  private readonly statements: Statements;

  constructor(db: Database.Database) {
    this.statements = prepare(db);
  }

  async bind(binding: ConversationBinding): Promise<void> {
    this.statements.upsert.run({
      session_id: binding.sessionId,
      conversation_id: binding.conversationId,
      meeting_id: binding.meetingId || null,
      reference: JSON.stringify(binding.reference),
      bound_at: utcIso(binding.boundAt),
    });
  }

  async unbind(conversationId: string): Promise<void> {
    this.statements.remove.run(conversationId);
  }

  async forSession(sessionId: string): Promise<ConversationBinding[]> {
    const rows = this.statements.forSession.all(sessionId) as BindingRow[];
    return rows.map(toBinding);
  }

  async forConversation(conversationId: string): Promise<ConversationBinding | undefined> {
    const row = this.statements.forConversation.get(conversationId) as BindingRow | undefined;
    return row && toBinding(row);
  }
}

type Statements = ReturnType<typeof prepare>;

function prepare(db: Database.Database) {
  return {
    // Rebinding replaces the row rather than updating it, so the rowid order stays the order
    // in which the current bindings were made.
    upsert: db.prepare(
      `INSERT OR REPLACE INTO conversation_bindings
         (conversation_id, session_id, meeting_id, reference, bound_at)
       VALUES (@conversation_id, @session_id, @meeting_id, @reference, @bound_at)`,
    ),
    remove: db.prepare(`DELETE FROM conversation_bindings WHERE conversation_id = ?`),
    forSession: db.prepare(
      `SELECT * FROM conversation_bindings WHERE session_id = ? ORDER BY bound_at, rowid`,
    ),
    forConversation: db.prepare(`SELECT * FROM conversation_bindings WHERE conversation_id = ?`),
  };
}

function toBinding(row: BindingRow): ConversationBinding {
  const binding: ConversationBinding = {
    sessionId: row.session_id,
    conversationId: row.conversation_id,
    reference: JSON.parse(row.reference),
    boundAt: row.bound_at,
  };
  if (row.meeting_id) binding.meetingId = row.meeting_id;
  return binding;
}
