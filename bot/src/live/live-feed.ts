import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { ClientMessage, ServerMessage, SessionState } from "@council/core";
import { PROTOCOL_VERSION } from "@council/core";
import type { Logger } from "pino";
import { WebSocketServer } from "ws";
import type { WebSocket } from "ws";
import type { StoredEvent } from "../store";
import type { SessionService } from "../sessions/session-service";
import { parseClientMessage } from "./parse-client-message";

/** Past this many missed events a reconnecting client gets a fresh snapshot instead. */
const MAX_REPLAY = 2000;
/** A client this far behind is dropped; it reconnects and resumes from its last seq. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
const HEARTBEAT_MS = 30_000;

interface Client {
  socket: WebSocket;
  id: number;
  sessions: Set<string>;
  alive: boolean;
}

/**
 * The live feed over WebSocket: a subscriber gets a snapshot with its seq (or exactly the events
 * it missed since the seq it names), then every committed event in order. Each event is
 * serialised once and the same bytes go to every subscriber.
 */
export class LiveFeed {
  private readonly wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  private readonly subscribers = new Map<string, Set<Client>>();
  private readonly heartbeat: NodeJS.Timeout;
  private nextId = 1;

  constructor(
    private readonly sessions: SessionService,
    private readonly log: Logger,
  ) {
    sessions.onCommitted((sessionId, events) => this.publish(sessionId, events));
    this.heartbeat = setInterval(() => this.sweep(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Takes over an HTTP upgrade request for the live-feed path. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  clientCount(): number {
    return this.wss.clients.size;
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
  }

  private accept(socket: WebSocket): void {
    const client: Client = { socket, id: this.nextId++, sessions: new Set(), alive: true };
    socket.on("pong", () => (client.alive = true));
    socket.on("message", (data) => this.receive(client, data.toString()));
    socket.on("close", () => this.drop(client));
    socket.on("error", (err) => this.log.warn({ connId: client.id, err }, "live_socket_error"));
    send(client, { type: "hello", protocol: PROTOCOL_VERSION });
  }

  private receive(client: Client, raw: string): void {
    const parsed = parseClientMessage(raw);
    if (!parsed.ok)
      return send(client, { type: "error", code: "bad_message", message: parsed.message });
    const message: ClientMessage = parsed.message;
    switch (message.type) {
      case "ping":
        return send(client, { type: "pong" });
      case "unsubscribe":
        client.sessions.delete(message.sessionId);
        this.subscribers.get(message.sessionId)?.delete(client);
        return;
      case "subscribe":
        return this.subscribe(client, message.sessionId, message.since);
    }
  }

  private subscribe(client: Client, sessionId: string, since: number | undefined): void {
    let state: SessionState | undefined;
    try {
      state = this.sessions.get(sessionId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return send(client, { type: "error", code: "session_unavailable", message, sessionId });
    }
    if (!state) {
      return send(client, {
        type: "error",
        code: "session_not_found",
        message: "no such session",
        sessionId,
      });
    }

    const resumable =
      since !== undefined && since >= 0 && since <= state.seq && state.seq - since <= MAX_REPLAY;
    if (resumable) {
      for (const event of this.sessions.eventsAfter(sessionId, since))
        sendRaw(client, eventMessage(event));
    } else {
      send(client, { type: "snapshot", sessionId, seq: state.seq, state });
    }
    client.sessions.add(sessionId);
    this.subscriberSet(sessionId).add(client);
    this.log.debug({ connId: client.id, sessionId, since, resumed: resumable }, "live_subscribed");
  }

  private publish(sessionId: string, events: StoredEvent[]): void {
    const clients = this.subscribers.get(sessionId);
    if (!clients || clients.size === 0) return;
    for (const event of events) {
      const raw = eventMessage(event);
      for (const client of clients) this.deliver(client, raw);
    }
  }

  private deliver(client: Client, raw: string): void {
    if (client.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.log.warn({ connId: client.id }, "live_client_too_slow");
      client.socket.terminate();
      return;
    }
    sendRaw(client, raw);
  }

  private subscriberSet(sessionId: string): Set<Client> {
    let set = this.subscribers.get(sessionId);
    if (!set) this.subscribers.set(sessionId, (set = new Set()));
    return set;
  }

  private drop(client: Client): void {
    for (const sessionId of client.sessions) this.subscribers.get(sessionId)?.delete(client);
    client.sessions.clear();
  }

  private sweep(): void {
    for (const set of this.subscribers.values()) {
      for (const client of set) {
        if (!client.alive) {
          client.socket.terminate();
          continue;
        }
        client.alive = false;
        client.socket.ping();
      }
    }
  }
}

function eventMessage(event: StoredEvent): string {
  const message: ServerMessage = { type: "event", sessionId: event.sessionId, event };
  return JSON.stringify(message);
}

function send(client: Client, message: ServerMessage): void {
  sendRaw(client, JSON.stringify(message));
}

function sendRaw(client: Client, raw: string): void {
  if (client.socket.readyState === client.socket.OPEN) client.socket.send(raw);
}
