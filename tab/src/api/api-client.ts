import type { Command, CommandAccepted, ItemDraft, LoggedEvent, Member } from "@council/core";
import type { SessionSummary } from "@council/core";
import { ApiError, codeForStatus } from "./api-error";
import type { BroadcastStatus } from "./broadcast-status";
import { parseBroadcastStatus } from "./broadcast-status";
import type { ChatLogPost } from "./chat-log-post";
import { parseChatLog } from "./chat-log-post";

/** What `POST /api/v1/sessions` takes to create a council session. */
export interface NewSession {
  id: string;
  title: string;
  council: string;
  place?: string;
  /** ISO UTC instant. */
  scheduledFor?: string;
  ruleSetId: string;
  members: Member[];
  agenda: ItemDraft[];
}

/** The service's HTTP API as the tab uses it. */
export interface ApiClient {
  /** The signed-in person as the roster of the given session (or any session) knows them. */
  me(sessionId?: string): Promise<Member>;
  sessions(): Promise<SessionSummary[]>;
  /** Sends a command; resolves with the committed events or rejects with an ApiError. */
  sendCommand(sessionId: string, command: Command): Promise<CommandAccepted>;
  /** The session's logged events after sequence number `after`, for the clerk's log. */
  events(sessionId: string, after: number): Promise<LoggedEvent[]>;
  /** The bot's posts to the meeting chat; undefined when the service has no chat log. */
  chatLog(sessionId: string): Promise<ChatLogPost[] | undefined>;
  /** The broadcast link's state; undefined when the service offers none. */
  broadcast(sessionId: string): Promise<BroadcastStatus | undefined>;
  /** The session a Teams chat (meeting) is bound to; undefined when it is bound to none. */
  boundSession(chatId: string): Promise<string | undefined>;
  /** Binds a Teams chat (meeting) to a session, for the configuration page. */
  bindChat(chatId: string, sessionId: string): Promise<void>;
  /** Creates a session; rejects with an ApiError carrying the refusal (`not_on_roster` ...). */
  createSession(session: NewSession): Promise<void>;
}

export interface ApiClientOptions {
  /** The bearer token for each call; asked per call so a renewed SSO token is picked up. */
  getToken: () => Promise<string | undefined>;
  /** Prefix of every path; "" for the host that served the page. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

function errorFromBody(body: unknown): { code: string; message: string } | undefined {
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  const error = (body as { error: unknown }).error;
  if (typeof error !== "object" || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code !== "string") return undefined;
  return { code, message: typeof message === "string" ? message : code };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Creates the API client; every call carries `Authorization: Bearer <token>` when there is one. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const { getToken, baseUrl = "" } = options;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    const token = await getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers["content-type"] = "application/json";

    let response: Response;
    try {
      const init = { method, headers, body: body === undefined ? undefined : JSON.stringify(body) };
      response = await doFetch(`${baseUrl}${path}`, init);
    } catch (cause) {
      throw new ApiError("network", cause instanceof Error ? cause.message : String(cause), 0);
    }

    const json = await readJson(response);
    if (!response.ok) {
      const error = errorFromBody(json);
      const code = error?.code ?? codeForStatus(response.status);
      throw new ApiError(code, error?.message ?? `HTTP ${response.status}`, response.status);
    }
    if (json === undefined) throw new ApiError("bad_response", "the answer was not JSON", 200);
    return json as T;
  }

  /** A read that may not exist: a 404 (an absent route or binding) is undefined. */
  async function optional<T>(path: string): Promise<T | undefined> {
    try {
      return await request<T>("GET", path);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  const session = (id: string) => `/api/v1/sessions/${encodeURIComponent(id)}`;
  const chat = (id: string) => `/api/v1/chats/${encodeURIComponent(id)}/session`;

  return {
    me: async (sessionId) => {
      const query = sessionId ? `?session=${encodeURIComponent(sessionId)}` : "";
      return (await request<{ member: Member }>("GET", `/api/v1/me${query}`)).member;
    },
    sessions: async () =>
      (await request<{ sessions: SessionSummary[] }>("GET", "/api/v1/sessions")).sessions,
    sendCommand: (sessionId, command) =>
      request<CommandAccepted>("POST", `${session(sessionId)}/commands`, command),
    events: async (sessionId, after) =>
      (
        await request<{ events: LoggedEvent[] }>(
          "GET",
          `${session(sessionId)}/events?after=${after}`,
        )
      ).events,
    chatLog: async (sessionId) => parseChatLog(await optional(`${session(sessionId)}/chatlog`)),
    broadcast: async (sessionId) =>
      parseBroadcastStatus(await optional(`${session(sessionId)}/broadcast`)),
    boundSession: async (chatId) => boundSessionId(await optional(chat(chatId))),
    bindChat: async (chatId, sessionId) => {
      await request("PUT", chat(chatId), { sessionId });
    },
    createSession: async (body) => {
      await request("POST", "/api/v1/sessions", body);
    },
  };
}

/**
 * The session id in the answer of the chat binding route: `{ sessionId }`, or the session itself
 * under `session`, whichever shape the service settles on.
 */
export function boundSessionId(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { sessionId, session } = body as { sessionId?: unknown; session?: unknown };
  if (typeof sessionId === "string" && sessionId) return sessionId;
  if (typeof session === "object" && session !== null) {
    const id = (session as { id?: unknown }).id;
    if (typeof id === "string" && id) return id;
  }
  return undefined;
}
