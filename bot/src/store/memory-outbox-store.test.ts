import { MemoryOutboxStore } from "./memory-outbox-store";
import { describeOutboxStoreContract } from "./outbox-store.contract";

describeOutboxStoreContract("MemoryOutboxStore", async () => ({
  store: new MemoryOutboxStore(),
  dispose: async () => undefined,
}));
