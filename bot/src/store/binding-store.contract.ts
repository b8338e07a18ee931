import type { BindingStore, ConversationBinding } from "./binding-store";
import type { StoreHarness } from "./store-harness";

function binding(conversationId: string, sessionId: string, minute: number): ConversationBinding {
  return {
    sessionId,
    conversationId,
    reference: { conversation: { id: conversationId }, serviceUrl: "http://127.0.0.1:3978/" },
    boundAt: new Date(Date.UTC(2025, 2, 12, 15, minute)).toISOString(),
  };
}

/** The behaviour every BindingStore must show; `open` gives a fresh, empty store per test. */
export function describeBindingStoreContract(
  name: string,
  open: () => Promise<StoreHarness<BindingStore>>,
): void {
  describe(`${name} (BindingStore contract)`, () => {
    let harness: StoreHarness<BindingStore>;
    const store = () => harness.store;

    beforeEach(async () => {
      harness = await open();
    });

    afterEach(async () => {
      await harness.dispose();
    });

    it("finds a bound conversation with its reference intact", async () => {
      await store().bind(binding("19:a", "s1", 1));

      expect(await store().forConversation("19:a")).toEqual(binding("19:a", "s1", 1));
    });

    it("lists every conversation following a session, oldest binding first", async () => {
      await store().bind(binding("19:b", "s1", 2));
      await store().bind(binding("19:a", "s1", 1));
      await store().bind(binding("19:c", "s2", 0));

      const following = await store().forSession("s1");

      expect(following.map((b) => b.conversationId)).toEqual(["19:a", "19:b"]);
    });

    it("moves a conversation bound again to the new session", async () => {
      await store().bind(binding("19:a", "s1", 1));

      await store().bind(binding("19:a", "s2", 5));

      expect(await store().forSession("s1")).toEqual([]);
      expect(await store().forConversation("19:a")).toMatchObject({ sessionId: "s2" });
    });

    it("keeps the meeting id of a meeting chat, and none for other chats", async () => {
      await store().bind({ ...binding("19:meeting_a", "s1", 1), meetingId: "MCMxOTpt" });
      await store().bind(binding("19:group", "s1", 2));

      const [meetingChat, groupChat] = await store().forSession("s1");

      expect(meetingChat).toEqual({ ...binding("19:meeting_a", "s1", 1), meetingId: "MCMxOTpt" });
      expect(groupChat).toEqual(binding("19:group", "s1", 2));
      expect(groupChat).not.toHaveProperty("meetingId");
    });

    it("forgets an unbound conversation", async () => {
      await store().bind(binding("19:a", "s1", 1));

      await store().unbind("19:a");
      await store().unbind("19:never-bound");

      expect(await store().forConversation("19:a")).toBeUndefined();
      expect(await store().forSession("s1")).toEqual([]);
    });
  });
}
