import type { ChatSessionChoice, ChatSessionStore } from "./chat-session-store";
import type { StoreHarness } from "./store-harness";

function choice(chatId: string, sessionId: string, chosenBy = "clerk"): ChatSessionChoice {
  return { chatId, sessionId, chosenBy, chosenAt: "2025-03-12T15:04:05.000Z" };
}

/** The behaviour every ChatSessionStore must show; `open` gives a fresh, empty store per test. */
export function describeChatSessionStoreContract(
  name: string,
  open: () => Promise<StoreHarness<ChatSessionStore>>,
): void {
  describe(`${name} (ChatSessionStore contract)`, () => {
    let harness: StoreHarness<ChatSessionStore>;
    const store = () => harness.store;

    beforeEach(async () => {
      harness = await open();
    });

    afterEach(async () => {
      await harness.dispose();
    });

    it("finds the session chosen for a chat, with who chose it and when", async () => {
      await store().choose(choice("19:meeting_a@thread.v2", "s1"));

      expect(await store().forChat("19:meeting_a@thread.v2")).toEqual(
        choice("19:meeting_a@thread.v2", "s1"),
      );
    });

    it("knows nothing of a chat nobody linked", async () => {
      expect(await store().forChat("19:never")).toBeUndefined();
    });

    it("keeps only the latest choice for a chat, and chats apart", async () => {
      await store().choose(choice("19:a", "s1"));
      await store().choose(choice("19:b", "s1"));

      await store().choose(choice("19:a", "s2", "chair"));

      expect(await store().forChat("19:a")).toEqual(choice("19:a", "s2", "chair"));
      expect(await store().forChat("19:b")).toEqual(choice("19:b", "s1"));
    });

    it("stores the time in one UTC form whatever offset it was given in", async () => {
      await store().choose({ ...choice("19:a", "s1"), chosenAt: "2025-03-12T16:04:05+01:00" });

      expect((await store().forChat("19:a"))?.chosenAt).toBe("2025-03-12T15:04:05.000Z");
    });

    it("hands out copies that do not change what is stored", async () => {
      await store().choose(choice("19:a", "s1"));

      const found = await store().forChat("19:a");
      if (found) found.sessionId = "tampered";

      expect(await store().forChat("19:a")).toMatchObject({ sessionId: "s1" });
    });
  });
}
