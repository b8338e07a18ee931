import type { SessionSummary } from "@council/core";
import { findSessionId, pickSession } from "./pick-session";

function summary(id: string, status: SessionSummary["status"]): SessionSummary {
  return { id, title: id, council: "Lhota", status, seq: 1 };
}

function fakeApi(bound: Record<string, string>, sessions: SessionSummary[]) {
  const asked: string[] = [];
  return {
    asked,
    api: {
      boundSession: async (chatId: string) => {
        asked.push(chatId);
        return bound[chatId];
      },
      sessions: async () => sessions,
    },
  };
}

describe("choosing the session", () => {
  it("prefers an open session, then a scheduled one, never a closed one", () => {
    const closed = summary("old", "closed");
    const scheduled = summary("next", "scheduled");
    const open = summary("now", "open");

    expect(pickSession([closed, scheduled, open])).toBe("now");
    expect(pickSession([closed, scheduled])).toBe("next");
    expect(pickSession([closed])).toBeUndefined();
  });

  it("takes the session the address names without asking the service", async () => {
    const { api, asked } = fakeApi({ "19:chat": "bound" }, []);

    expect(await findSessionId("s-7", "19:chat", api)).toBe("s-7");
    expect(asked).toEqual([]);
  });

  it("takes the session a Teams meeting's chat is bound to", async () => {
    const { api } = fakeApi({ "19:chat": "bound" }, [summary("now", "open")]);

    expect(await findSessionId(undefined, "19:chat", api)).toBe("bound");
  });

  it("falls back to the open session when the chat is bound to none", async () => {
    const { api } = fakeApi({}, [summary("now", "open")]);

    expect(await findSessionId(undefined, "19:other", api)).toBe("now");
    expect(await findSessionId(undefined, undefined, api)).toBe("now");
  });
});
