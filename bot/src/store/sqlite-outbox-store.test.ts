import { openDatabase } from "./open-database";
import { describeOutboxStoreContract } from "./outbox-store.contract";
import { SqliteOutboxStore } from "./sqlite-outbox-store";

describeOutboxStoreContract("SqliteOutboxStore", async () => {
  const db = openDatabase(":memory:");
  return { store: new SqliteOutboxStore(db), dispose: async () => void db.close() };
});
