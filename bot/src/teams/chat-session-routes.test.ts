import Fastify from "fastify";
import type { FastifyInstance } from "fastify";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DevSigningKey } from "../auth/dev-signing-key";
import { devIssuer, loadDevSigningKey } from "../auth/dev-signing-key";
import { issueDevToken } from "../auth/dev-token-issuer";
import { TokenVerifier } from "../auth/token-verifier";
import { MemoryBindingStore, MemoryChatSessionStore } from "../store";
import { registerChatSessionRoutes } from "./chat-session-routes";
import { SESSION_ID, TestCouncil } from "./council.fixture";

const CHAT = "19:meeting_MWJlNGViOTgtMGExYi00NDA3@thread.v2";
const route = `/api/v1/chats/${encodeURIComponent(CHAT)}/session`;

let keyDir: string;
let key: DevSigningKey;

beforeAll(async () => {
  keyDir = mkdtempSync(join(tmpdir(), "council-chat-routes-"));
  key = await loadDevSigningKey(keyDir);
});

afterAll(() => {
  rmSync(keyDir, { recursive: true, force: true });
});

async function serve() {
  const council = await TestCouncil.scheduled();
  const chatSessions = new MemoryChatSessionStore();
  const bindings = new MemoryBindingStore();
  const app: FastifyInstance = Fastify();
  registerChatSessionRoutes(app, {
    sessions: council.sessions,
    verifier: new TokenVerifier([devIssuer(key)]),
    chatSessions,
    bindings,
    now: () => new Date("2025-03-12T15:00:00Z"),
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  const call = async (
    method: string,
    options: { as?: string; body?: unknown; auth?: string } = {},
  ) => {
    const headers: Record<string, string> = {};
    if (options.as)
      headers.authorization = `Bearer ${await issueDevToken(key, { id: options.as, name: options.as })}`;
    if (options.auth) headers.authorization = options.auth;
    if (options.body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${url}${route}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  return { app, call, chatSessions, bindings };
}

function codeOf(response: { body: Record<string, unknown> }): unknown {
  return (response.body.error as { code?: string } | undefined)?.code;
}

describe("chat session routes", () => {
  let server: Awaited<ReturnType<typeof serve>>;

  beforeEach(async () => {
    server = await serve();
  });

  afterEach(async () => {
    await server.app.close();
  });

  it("links a chat to a session when the clerk chooses it, and reads the link back", async () => {
    const put = await server.call("PUT", { as: "c1", body: { sessionId: SESSION_ID } });
    const get = await server.call("GET");

    expect(put).toEqual({
      status: 200,
      body: {
        chatId: CHAT,
        sessionId: SESSION_ID,
        chosenBy: "c1",
        chosenAt: "2025-03-12T15:00:00.000Z",
      },
    });
    expect(get).toEqual({ status: 200, body: { sessionId: SESSION_ID } });
  });

  it("answers 404 chat_not_linked for a chat nobody linked and the bot does not follow", async () => {
    const get = await server.call("GET");

    expect(get.status).toBe(404);
    expect(codeOf(get)).toBe("chat_not_linked");
  });

  it("falls back to the session the bot bound the chat to", async () => {
    await server.bindings.bind({
      sessionId: SESSION_ID,
      conversationId: CHAT,
      reference: {},
      boundAt: "2025-03-12T14:00:00Z",
    });

    expect(await server.call("GET")).toEqual({ status: 200, body: { sessionId: SESSION_ID } });
  });

  it("moves a chat the bot already follows to the chosen session", async () => {
    await server.bindings.bind({
      sessionId: "last-month",
      conversationId: CHAT,
      reference: { keep: true },
      boundAt: "2025-03-12T14:00:00Z",
    });

    await server.call("PUT", { as: "m1", body: { sessionId: SESSION_ID } });

    expect(await server.bindings.forConversation(CHAT)).toEqual({
      sessionId: SESSION_ID,
      conversationId: CHAT,
      reference: { keep: true },
      boundAt: "2025-03-12T15:00:00.000Z",
    });
  });

  it("refuses a plain member, someone not on the roster, and a caller without a valid token", async () => {
    const body = { sessionId: SESSION_ID };

    const responses = await Promise.all([
      server.call("PUT", { as: "m2", body }),
      server.call("PUT", { as: "someone-else", body }),
      server.call("PUT", { body }),
      server.call("PUT", { auth: "Basic Y2xlcms6cGFzcw==", body }),
      server.call("PUT", { auth: "Bearer not-a-jwt", body }),
    ]);

    expect(responses.map((r) => [r.status, codeOf(r)])).toEqual([
      [403, "not_chair"],
      [403, "not_on_roster"],
      [401, "unauthenticated"],
      [401, "unauthenticated"],
      [401, "token_invalid"],
    ]);
    expect(await server.chatSessions.forChat(CHAT)).toBeUndefined();
  });

  it("refuses a session that does not exist and a body without a session id", async () => {
    const unknown = await server.call("PUT", { as: "c1", body: { sessionId: "no-such" } });
    const empty = await server.call("PUT", { as: "c1", body: {} });

    expect([unknown.status, codeOf(unknown)]).toEqual([404, "session_not_found"]);
    expect([empty.status, codeOf(empty)]).toEqual([400, "invalid_request"]);
  });
});
