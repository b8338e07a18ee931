import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseRequestBody, readRequestText } from "./read-request-body";

/** One request the local connector received, as the bot sent it. */
export interface ConnectorCall {
  method: string;
  path: string;
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** The status the stand-in answered with. */
  status: number;
}

/** A failure the local connector plays back instead of handling a call. */
export interface ScriptedFailure {
  status: 429 | 500 | 502 | 503 | 400 | 403 | 404;
  /** Sent as the Retry-After header, in seconds. */
  retryAfterSeconds?: number;
}

/**
 * A local stand-in for the Bot Connector service (the `/v3/conversations` routes Teams serves
 * at a bot's serviceUrl): POST `.../activities` (post), POST `.../activities/:id` (reply, what a
 * bot's in-turn answer uses) and PUT `.../activities/:id` (update). It listens on 127.0.0.1 on a
 * free port, answers with a fresh activity id, records every call, and can be told to fail the
 * next calls.
 *
 * @example
 * const connector = await LocalConnector.start();
 * connector.failNext(1, { status: 429, retryAfterSeconds: 2 });
 * // ... point a ConversationReference's serviceUrl at connector.serviceUrl
 * await connector.stop();
 */
export class LocalConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly failures: ScriptedFailure[] = [];
  private readonly server: Server = createServer((req, res) => void this.handle(req, res));
  private nextActivityNumber = 1;
  private port = 0;

  private constructor() {}

  /** Starts a local connector on 127.0.0.1 at a free port. */
  static async start(): Promise<LocalConnector> {
    const connector = new LocalConnector();
    await new Promise<void>((resolve) => connector.server.listen(0, "127.0.0.1", resolve));
    connector.port = (connector.server.address() as AddressInfo).port;
    return connector;
  }

  /** The base URL to put in a ConversationReference, with a trailing slash as Teams sends it. */
  get serviceUrl(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** Makes the next `count` calls fail with the given status before any is handled. */
  failNext(count: number, failure: ScriptedFailure): void {
    for (let i = 0; i < count; i += 1) this.failures.push(failure);
  }

  /** Calls that created a message (POST to a conversation's activities or as a reply). */
  posts(): ConnectorCall[] {
    return this.calls.filter((call) => call.method === "POST" && call.status < 300);
  }

  /** Calls that replaced a message in place (PUT to an activity). */
  updates(): ConnectorCall[] {
    return this.calls.filter((call) => call.method === "PUT" && call.status < 300);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = parseRequestBody(await readRequestText(req));
    const path = req.url ?? "/";
    const call: ConnectorCall = {
      method: req.method ?? "",
      path,
      body,
      headers: req.headers,
      status: 0,
    };
    this.calls.push(call);

    const failure = this.failures.shift();
    if (failure)
      return this.reply(res, call, failure.status, { error: { code: "Scripted" } }, failure);

    const route = matchRoute(call.method, path);
    if (route === "post" || route === "reply") {
      return this.reply(res, call, 201, { id: this.newActivityId() });
    }
    if (route === "update") return this.reply(res, call, 200, { id: activityIdOf(path) });
    return this.reply(res, call, 404, { error: { code: "NotFound", message: path } });
  }

  private reply(
    res: ServerResponse,
    call: ConnectorCall,
    status: number,
    payload: unknown,
    failure?: ScriptedFailure,
  ): void {
    call.status = status;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (failure?.retryAfterSeconds !== undefined) {
      headers["retry-after"] = String(failure.retryAfterSeconds);
    }
    res.writeHead(status, headers).end(JSON.stringify(payload));
  }

  private newActivityId(): string {
    const id = `1:activity-${this.nextActivityNumber}`;
    this.nextActivityNumber += 1;
    return id;
  }
}

type Route = "post" | "reply" | "update" | undefined;

const ACTIVITIES = /^\/v3\/conversations\/[^/]+\/activities\/?$/;
const ACTIVITY = /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/;

function matchRoute(method: string, url: string): Route {
  const path = url.split("?")[0] ?? url;
  if (method === "POST" && ACTIVITIES.test(path)) return "post";
  if (method === "POST" && ACTIVITY.test(path)) return "reply";
  if (method === "PUT" && ACTIVITY.test(path)) return "update";
  return undefined;
}

function activityIdOf(path: string): string {
  return decodeURIComponent(path.split("/").at(-1) ?? "");
}
