import { MemoryChatSessionStore } from "../store";
import { chosenSessionFirst, onlyActiveSession } from "./teams-chat";

const chat = { conversationId: "19:meeting_a@thread.v2", isGroup: true };

describe("chosenSessionFirst", () => {
  it("picks the session a chair or clerk chose for the chat over the fallback's guess", async () => {
    const choices = new MemoryChatSessionStore();
    await choices.choose({
      chatId: chat.conversationId,
      sessionId: "chosen",
      chosenBy: "c1",
      chosenAt: "2025-03-12T15:00:00Z",
    });

    const resolve = chosenSessionFirst(choices, () => "guessed");

    expect(await resolve(chat)).toBe("chosen");
  });

  it("asks the fallback for a chat nobody linked", async () => {
    const resolve = chosenSessionFirst(
      new MemoryChatSessionStore(),
      onlyActiveSession(async () => [
        { id: "old", status: "closed" },
        { id: "tonight", status: "open" },
      ]),
    );

    expect(await resolve(chat)).toBe("tonight");
  });
});

describe("onlyActiveSession", () => {
  it("picks the one open session, else the one scheduled, else none", async () => {
    const pick = (sessions: { id: string; status: "scheduled" | "open" | "closed" }[]) =>
      onlyActiveSession(async () => sessions)(chat);

    expect(await pick([{ id: "a", status: "scheduled" }])).toBe("a");
    expect(
      await pick([
        { id: "a", status: "scheduled" },
        { id: "b", status: "scheduled" },
      ]),
    ).toBeUndefined();
    expect(await pick([{ id: "c", status: "closed" }])).toBeUndefined();
  });
});
