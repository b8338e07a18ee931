import type { ClientMessage, LoggedEvent, ServerMessage, SessionState } from "@council/core";
import { applyEvent, PROTOCOL_VERSION } from "@council/core";
import type { LiveSocket, LiveSocketFactory } from "./live-socket";
import { browserSocket } from "./live-socket";
import { ClockSkew } from "./clock-skew";
import { parseServerMessage } from "./parse-server-message";
import type { ReconnectDelay } from "./reconnect-delay";
import { reconnectDelay } from "./reconnect-delay";

/**
 * Where the feed stands: `connecting` before the first hello, `live` while subscribed,
 * `reconnecting` after a drop until the next hello, `closed` once the store is stopped.
 */
export type ConnectionState = "connecting" | "live" | "reconnecting" | "closed";

/** What a view reads from the store. A new object on every change, so React sees the change. */
export interface LiveSnapshot {
  /** The session as the server's events make it; undefined until the first snapshot. */
  state?: SessionState;
  connection: ConnectionState;
  /** The last error the feed reported, such as an unknown session or a refused token. */
  error?: { code: string; message: string };
  /**
   * This device's clock minus the server's, in milliseconds, learnt from the times of live
   * events; countdowns subtract it so every screen counts down the same speech alike.
   */
  clockOffsetMs: number;
}

/** Hears every event the store applies, in order, once: the clerk's running log. */
export type EventListener = (event: LoggedEvent) => void;

/** Timer functions, injectable for tests. */
export interface LiveTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export interface LiveStoreOptions {
  sessionId: string;
  url: string;
  connect?: LiveSocketFactory;
  /** The fold that turns an event into the next state: the core's, the one the server uses. */
  fold?: (state: SessionState, event: LoggedEvent) => SessionState;
  delay?: ReconnectDelay;
  timers?: LiveTimers;
  /** How often to ping a quiet connection. */
  heartbeatMs?: number;
  /** After how long without any frame the connection is taken for dead and replaced. */
  staleMs?: number;
}

const globalTimers: LiveTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/**
 * The client's copy of one session, kept current from the live feed. It applies events in
 * sequence order only: an event it has seen is ignored, a gap makes it ask again from its last
 * sequence number, and after a drop it reconnects with backoff and resumes from the same point,
 * so nothing is lost and nothing is applied twice. Read it with `useSyncExternalStore`.
 */
export class LiveStore {
  private snapshot: LiveSnapshot = { connection: "connecting", clockOffsetMs: 0 };
  private readonly listeners = new Set<() => void>();
  private readonly eventListeners = new Set<EventListener>();
  private readonly skew = new ClockSkew();
  private readonly options: Required<LiveStoreOptions>;
  private socket: LiveSocket | undefined;
  /** Bumped per connection so callbacks of an abandoned socket are ignored. */
  private generation = 0;
  private attempt = 0;
  private stopped = true;
  private reconnectTimer: unknown;
  private heartbeatTimer: unknown;
  private lastFrameAt = 0;
  /** The sequence number a catch-up was asked from, while that catch-up is outstanding. */
  private resyncFrom: number | undefined;

  constructor(options: LiveStoreOptions) {
    this.options = {
      connect: browserSocket,
      fold: applyEvent,
      delay: reconnectDelay(),
      timers: globalTimers,
      heartbeatMs: 20_000,
      staleMs: 50_000,
      ...options,
    };
  }

  /** Subscribes a listener to changes; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): LiveSnapshot => this.snapshot;

  /** Subscribes to the events applied from now on; returns the unsubscribe function. */
  readonly subscribeEvents = (listener: EventListener): (() => void) => {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  };

  /** Connects and keeps connecting until `stop`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  /** Closes the connection for good and cancels any pending retry. */
  stop(): void {
    this.stopped = true;
    this.options.timers.clearTimeout(this.reconnectTimer);
    this.options.timers.clearTimeout(this.heartbeatTimer);
    this.generation++;
    this.socket?.close();
    this.socket = undefined;
    this.update({ connection: "closed" });
  }

  /**
   * Applies events a command's answer returned, already committed by the server. Only events
   * that follow on directly are taken; anything else arrives through the feed anyway.
   */
  acceptConfirmed(events: readonly LoggedEvent[]): void {
    const ordered = [...events].sort((a, b) => a.seq - b.seq);
    for (const event of ordered) {
      const state = this.snapshot.state;
      if (state && event.seq === state.seq + 1) this.apply(state, event);
    }
  }

  private connect(): void {
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.resyncFrom = undefined;
    this.socket = this.options.connect(this.options.url, {
      onOpen: () => current() && this.onOpen(),
      onMessage: (data) => current() && this.onFrame(data),
      onClose: () => current() && this.onClose(),
    });
  }

  private onOpen(): void {
    this.lastFrameAt = this.options.timers.now();
    this.subscribeFeed(this.snapshot.state?.seq);
    this.scheduleHeartbeat();
  }

  private onClose(): void {
    this.socket = undefined;
    this.generation++;
    this.options.timers.clearTimeout(this.heartbeatTimer);
    if (this.stopped) return;

    this.update({ connection: "reconnecting" });
    const wait = this.options.delay(this.attempt++);
    this.reconnectTimer = this.options.timers.setTimeout(() => this.connect(), wait);
  }

  private onFrame(data: string): void {
    this.lastFrameAt = this.options.timers.now();
    const message = parseServerMessage(data);
    if (message) this.onMessage(message);
  }

  private onMessage(message: ServerMessage): void {
    switch (message.type) {
      case "hello":
        return this.onHello(message.protocol);
      case "snapshot":
        if (message.sessionId === this.options.sessionId) this.onSnapshot(message.state);
        return;
      case "event":
        if (message.sessionId === this.options.sessionId) this.onEvent(message.event);
        return;
      case "error":
        if (message.sessionId === undefined || message.sessionId === this.options.sessionId) {
          this.update({ error: { code: message.code, message: message.message } });
        }
        return;
      case "pong":
        return;
    }
  }

  private onHello(protocol: number): void {
    this.attempt = 0;
    if (protocol !== PROTOCOL_VERSION) {
      const message = `server speaks protocol ${protocol}, this page ${PROTOCOL_VERSION}`;
      this.update({ connection: "live", error: { code: "protocol_mismatch", message } });
      return;
    }
    this.update({ connection: "live", error: undefined });
  }

  /** A snapshot replaces the state unless it is older than what the store already holds. */
  private onSnapshot(state: SessionState): void {
    const held = this.snapshot.state;
    if (held && state.seq < held.seq) return;
    this.resyncFrom = undefined;
    this.update({ state });
  }

  private onEvent(event: LoggedEvent): void {
    const state = this.snapshot.state;
    if (!state) return;
    if (event.seq <= state.seq) return;
    if (event.seq > state.seq + 1) {
      this.resync(state.seq);
      return;
    }
    this.skew.sample(event.time, this.options.timers.now());
    this.apply(state, event);
  }

  private apply(state: SessionState, event: LoggedEvent): void {
    let next: SessionState;
    try {
      next = this.options.fold(state, event);
    } catch {
      // An event this page's fold cannot apply (a newer server, say): start over from a snapshot.
      this.resync(undefined);
      return;
    }
    this.resyncFrom = undefined;
    this.update({ state: next, clockOffsetMs: this.skew.offsetMs() });
    for (const listener of this.eventListeners) listener(event);
  }

  /** Asks the server again from `since`, once per outstanding gap. */
  private resync(since: number | undefined): void {
    const from = since ?? -1;
    if (this.resyncFrom === from) return;
    this.resyncFrom = from;
    this.subscribeFeed(since);
  }

  private subscribeFeed(since: number | undefined): void {
    const message: ClientMessage = { type: "subscribe", sessionId: this.options.sessionId };
    if (since !== undefined) message.since = since;
    this.send(message);
  }

  private send(message: ClientMessage): void {
    this.socket?.send(JSON.stringify(message));
  }

  /**
   * A connection can die without a close (a laptop lid, a proxy): ping when quiet, and replace
   * the socket when nothing at all has come back for `staleMs`.
   */
  private scheduleHeartbeat(): void {
    const { timers, heartbeatMs, staleMs } = this.options;
    this.heartbeatTimer = timers.setTimeout(() => {
      if (!this.socket) return;
      if (timers.now() - this.lastFrameAt >= staleMs) {
        const dead = this.socket;
        this.onClose();
        dead.close();
        return;
      }
      this.send({ type: "ping" });
      this.scheduleHeartbeat();
    }, heartbeatMs);
  }

  private update(patch: Partial<LiveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}
