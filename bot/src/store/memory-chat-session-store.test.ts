import { describeChatSessionStoreContract } from "./chat-session-store.contract";
import { MemoryChatSessionStore } from "./memory-chat-session-store";

describeChatSessionStoreContract("MemoryChatSessionStore", async () => ({
  store: new MemoryChatSessionStore(),
  dispose: async () => undefined,
}));
