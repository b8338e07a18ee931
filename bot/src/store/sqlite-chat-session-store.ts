import type Database from "better-sqlite3";
import type { ChatSessionChoice, ChatSessionStore } from "./chat-session-store";
import { utcIso } from "./utc-iso";

interface ChoiceRow {
  chat_id: string;
  session_id: string;
  chosen_by: string;
  chosen_at: string;
}

/**
 * The chat-to-session choices in the service's SQLite file. Takes a connection from
 * `openDatabase`, usually the one the other stores use, and never closes it.
 */
export class SqliteChatSessionStore implements ChatSessionStore {
  private readonly upsert: Database.Statement;
  private readonly byChat: Database.Statement;

  constructor(db: Database.Database) {
    this.upsert = db.prepare(
      `INSERT OR REPLACE INTO chat_sessions (chat_id, session_id, chosen_by, chosen_at)
       VALUES (@chat_id, @session_id, @chosen_by, @chosen_at)`,
    );
    this.byChat = db.prepare(`SELECT * FROM chat_sessions WHERE chat_id = ?`);
  }

  async choose(choice: ChatSessionChoice): Promise<void> {
    this.upsert.run({
      chat_id: choice.chatId,
      session_id: choice.sessionId,
      chosen_by: choice.chosenBy,
      chosen_at: utcIso(choice.chosenAt),
    });
  }

  async forChat(chatId: string): Promise<ChatSessionChoice | undefined> {
    const row = this.byChat.get(chatId) as ChoiceRow | undefined;
    if (!row) return undefined;
    return {
      chatId: row.chat_id,
      sessionId: row.session_id,
      chosenBy: row.chosen_by,
      chosenAt: row.chosen_at,
    };
  }
}
