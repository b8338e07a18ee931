import { describeBindingStoreContract } from "./binding-store.contract";
import { openDatabase } from "./open-database";
import { SqliteBindingStore } from "./sqlite-binding-store";

describeBindingStoreContract("SqliteBindingStore", async () => {
  const db = openDatabase(":memory:");
  return { store: new SqliteBindingStore(db), dispose: async () => void db.close() };
});
