import type { Command, CommandAccepted, Member, SessionSummary } from "@council/core";
import { ApiError, codeForStatus } from "./api-error";

/** The service's HTTP API as the tab uses it. */
export interface ApiClient {
  /** The signed-in person as the roster of the given session (or any session) knows them. */
  me(sessionId?: string): Promise<Member>;
  sessions(): Promise<SessionSummary[]>;
  /** Sends a command; resolves with the committed events or rejects with an ApiError. */
  sendCommand(sessionId: string, command: Command): Promise<CommandAccepted>;
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

  return {
    me: async (sessionId) => {
      const query = sessionId ? `?session=${encodeURIComponent(sessionId)}` : "";
      return (await request<{ member: Member }>("GET", `/api/v1/me${query}`)).member;
    },
    sessions: async () =>
      (await request<{ sessions: SessionSummary[] }>("GET", "/api/v1/sessions")).sessions,
    sendCommand: (sessionId, command) =>
      request<CommandAccepted>(
        "POST",
        `/api/v1/sessions/${encodeURIComponent(sessionId)}/commands`,
        command,
      ),
  };
}
