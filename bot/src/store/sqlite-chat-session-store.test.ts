import { describeChatSessionStoreContract } from "./chat-session-store.contract";
import { openDatabase } from "./open-database";
import { SqliteChatSessionStore } from "./sqlite-chat-session-store";

describeChatSessionStoreContract("SqliteChatSessionStore", async () => {
  const db = openDatabase(":memory:");
  return { store: new SqliteChatSessionStore(db), dispose: async () => void db.close() };
});
