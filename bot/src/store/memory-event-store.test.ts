import { describeEventStoreContract } from "./event-store.contract";
import { MemoryEventStore } from "./memory-event-store";

describeEventStoreContract("MemoryEventStore", async () => new MemoryEventStore());
