import { createApiClient } from "./api-client";
import { ApiError } from "./api-error";

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const call = { url: String(url), init: init ?? {} };
    calls.push(call);
    return respond(call);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

describe("createApiClient", () => {
  it("sends the bearer token on every call and reads the member", async () => {
    const member = { id: "m1", name: "Petr Svoboda", group: "A", role: "member" };
    const { calls, fetch } = fakeFetch(() => json(200, { member }));
    const api = createApiClient({ getToken: async () => "jwt-1", fetch });

    expect(await api.me("s-1")).toEqual(member);
    expect(calls[0]?.url).toBe("/api/v1/me?session=s-1");
    expect(new Headers(calls[0]?.init.headers).get("authorization")).toBe("Bearer jwt-1");
  });

  it("posts a command as JSON to the session's commands", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { seq: 9, events: [] }));
    const api = createApiClient({ getToken: async () => "jwt-1", fetch });

    const accepted = await api.sendCommand("s 1", {
      type: "cast_ballot",
      voteId: "vote-1",
      choice: "yes",
    });

    expect(accepted).toEqual({ seq: 9, events: [] });
    expect(calls[0]?.url).toBe("/api/v1/sessions/s%201/commands");
    expect(calls[0]?.init.method).toBe("POST");
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({
      type: "cast_ballot",
      voteId: "vote-1",
      choice: "yes",
    });
  });

  it("turns a refusal into an ApiError with the server's code and message", async () => {
    const body = { error: { code: "vote_closed", message: "the vote is closed" } };
    const { fetch } = fakeFetch(() => json(409, body));
    const api = createApiClient({ getToken: async () => "jwt-1", fetch });

    const error = await failureOf(api.sendCommand("s-1", { type: "end_floor" }));

    expect(error).toMatchObject({
      code: "vote_closed",
      message: "the vote is closed",
      status: 409,
    });
  });

  it("names the failure by status when the body carries no code", async () => {
    const { fetch } = fakeFetch(({ url }) =>
      url.endsWith("/me")
        ? new Response("nope", { status: 401 })
        : new Response("", { status: 502 }),
    );
    const api = createApiClient({ getToken: async () => undefined, fetch });

    expect((await failureOf(api.me())).code).toBe("unauthorized");
    expect((await failureOf(api.sessions())).code).toBe("server_error");
  });

  it("reports an unreachable server as a network failure", async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError("fetch failed")));
    const api = createApiClient({ getToken: async () => "jwt-1", fetch });

    expect(await failureOf(api.sessions())).toMatchObject({ code: "network", status: 0 });
  });

  it("sends no authorization header when there is no token", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { sessions: [] }));
    const api = createApiClient({ getToken: async () => undefined, fetch });

    await api.sessions();

    expect(new Headers(calls[0]?.init.headers).has("authorization")).toBe(false);
  });

  it("reads the session's events after a sequence number", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { events: [{ seq: 4 }] }));
    const api = createApiClient({ getToken: async () => undefined, fetch });

    expect(await api.events("s-1", 3)).toEqual([{ seq: 4 }]);
    expect(calls[0]?.url).toBe("/api/v1/sessions/s-1/events?after=3");
  });

  it("takes a missing chat log, broadcast or chat binding (404) as absent, not as a failure", async () => {
    const { fetch } = fakeFetch(() => json(404, { error: { code: "not_found", message: "no" } }));
    const api = createApiClient({ getToken: async () => "jwt-1", fetch });

    expect(await api.chatLog("s-1")).toBeUndefined();
    expect(await api.broadcast("s-1")).toBeUndefined();
    expect(await api.boundSession("19:meeting@thread.v2")).toBeUndefined();
  });

  it("reads the chat log's posts and the session a chat is bound to", async () => {
    const post = { id: "p1", createdAt: "2025-03-10T17:00:00Z", status: "delivered", attempts: 1 };
    const { calls, fetch } = fakeFetch(({ url }) =>
      url.includes("/chats/") ? json(200, { sessionId: "s-9" }) : json(200, { posts: [post] }),
    );
    const api = createApiClient({ getToken: async () => "jwt-1", fetch });

    expect(await api.chatLog("s-1")).toEqual([
      { ...post, deliveredAt: undefined, kind: "", text: "" },
    ]);
    expect(await api.boundSession("19:a b")).toBe("s-9");
    expect(calls[1]?.url).toBe("/api/v1/chats/19%3Aa%20b/session");
  });

  it("binds a chat to a session with a PUT", async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { sessionId: "s-1" }));
    const api = createApiClient({ getToken: async () => "jwt-1", fetch });

    await api.bindChat("19:chat", "s-1");

    expect(calls[0]?.init.method).toBe("PUT");
    expect(calls[0]?.url).toBe("/api/v1/chats/19%3Achat/session");
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ sessionId: "s-1" });
  });

  it("creates a session with a POST and surfaces the service's refusal", async () => {
    const body = {
      id: "2026-03-12-zm",
      title: "Zasedání",
      council: "ZM",
      ruleSetId: "cz-municipal",
      members: [{ id: "m1", name: "Jana Nováková", group: "A", role: "chair" as const }],
      agenda: [{ id: "1", title: "Zahájení" }],
    };
    const refusal = { error: { code: "not_on_roster", message: "not on roster" } };
    const { calls, fetch } = fakeFetch(() => json(calls.length === 1 ? 201 : 403, refusal));
    const api = createApiClient({ getToken: async () => "jwt-1", fetch });

    await api.createSession(body);
    const failure = await failureOf(api.createSession(body));

    expect(calls[0]?.init.method).toBe("POST");
    expect(calls[0]?.url).toBe("/api/v1/sessions");
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(body);
    expect(failure.code).toBe("not_on_roster");
  });
});
