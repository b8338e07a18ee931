import { describeBindingStoreContract } from "./binding-store.contract";
import { MemoryBindingStore } from "./memory-binding-store";

describeBindingStoreContract("MemoryBindingStore", async () => ({
  store: new MemoryBindingStore(),
  dispose: async () => undefined,
}));
