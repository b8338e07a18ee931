import net from "node:net";
import { BroadcastUnavailable } from "../broadcast-port";
import { VmixProtocolError } from "./vmix-errors";
import { type VmixReply, VmixReplyReader } from "./vmix-reply-reader";

/** Timing of one TCP connection to vMix; tests shorten it. */
export interface VmixTcpTiming {
  /** A request without a reply in this time fails and the socket is renewed. */
  requestTimeoutMs: number;
  connectTimeoutMs: number;
  /** An idle socket sends PING this often, so a dead peer shows up; 0 turns it off. */
  keepAliveMs: number;
  /** Reconnect backoff, doubled per failed attempt from the first to the second. */
  minBackoffMs: number;
  maxBackoffMs: number;
}

export const defaultVmixTcpTiming: VmixTcpTiming = {
  requestTimeoutMs: 5000,
  connectTimeoutMs: 3000,
  keepAliveMs: 3000,
  minBackoffMs: 250,
  maxBackoffMs: 10_000,
};

export interface VmixTcpConnectionOptions extends Partial<VmixTcpTiming> {
  host: string;
  port: number;
  /** Commands sent first on every (re)connect, e.g. `SUBSCRIBE TALLY`. */
  setup?: string[];
}

interface Pending {
  line: string;
  expect: string;
  resolve: (reply: VmixReply) => void;
  reject: (error: Error) => void;
}

/**
 * One TCP socket to the vMix TCP API (port 8099). vMix answers in order but without ids, so one
 * request is in flight at a time and the rest wait in a FIFO queue; a reply to another command
 * (VERSION on connect, TALLY and ACTS pushes) goes to the push listeners. The socket reconnects
 * with backoff until stopped; while it is down, requests fail at once with BroadcastUnavailable.
 */
export class VmixTcpConnection {
  private readonly timing: VmixTcpTiming;
  private readonly reader = new VmixReplyReader();
  private readonly queue: Pending[] = [];
  private readonly pushListeners = new Set<(reply: VmixReply) => void>();
  private readonly linkListeners = new Set<(up: boolean) => void>();
  private readonly stopListeners = new Set<() => void>();
  private socket?: net.Socket;
  private up = false;
  private stopped = true;
  private attempt = 0;
  private inFlight?: { pending: Pending; timer: NodeJS.Timeout };
  private reconnectTimer?: NodeJS.Timeout;
  private idleTimer?: NodeJS.Timeout;

  constructor(private readonly options: VmixTcpConnectionOptions) {
    this.timing = timingOf(options);
  }

  get connected(): boolean {
    return this.up;
  }

  /** Starts connecting, and keeps reconnecting until `stop()`. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.open();
  }

  /** Closes the socket for good; waiting requests fail with BroadcastUnavailable. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    clearTimeout(this.idleTimer);
    for (const listener of [...this.stopListeners]) listener();
    const socket = this.socket;
    if (!socket) return;
    await new Promise<void>((resolve) => {
      socket.once("close", () => resolve());
      socket.destroy();
    });
  }

  /**
   * Sends one command line and resolves with the reply whose command word matches (`FUNCTION`
   * for `FUNCTION SetText …`). An `ER` reply resolves too; the caller decides what it means.
   */
  request(line: string, expect = line.split(" ")[0] ?? line): Promise<VmixReply> {
    if (!this.up) return Promise.reject(this.unavailable("not connected"));
    return new Promise((resolve, reject) => {
      this.queue.push({ line, expect, resolve, reject });
      this.pump();
    });
  }

  /**
   * Resolves once the socket is up; rejects with BroadcastUnavailable after `timeoutMs` or
   * when the connection is stopped first.
   */
  waitForLink(timeoutMs: number): Promise<void> {
    if (this.up) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const settle = (error?: BroadcastUnavailable) => {
        clearTimeout(timer);
        offLink();
        this.stopListeners.delete(onStop);
        if (error) reject(error);
        else resolve();
      };
      const onStop = () => settle(this.unavailable("stopped"));
      const timer = setTimeout(
        () => settle(this.unavailable(`no connection within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const offLink = this.onLink((up) => up && settle());
      this.stopListeners.add(onStop);
    });
  }

  /** Replies that answer no request: VERSION on connect, subscription pushes. */
  onPush(listener: (reply: VmixReply) => void): () => void {
    this.pushListeners.add(listener);
    return () => this.pushListeners.delete(listener);
  }

  /** Called with true when the socket comes up and false when it goes down. */
  onLink(listener: (up: boolean) => void): () => void {
    this.linkListeners.add(listener);
    return () => this.linkListeners.delete(listener);
  }

  private open(): void {
    const socket = net.connect({ host: this.options.host, port: this.options.port });
    this.socket = socket;
    socket.setNoDelay(true);
    socket.setTimeout(this.timing.connectTimeoutMs, () => {
      socket.destroy(new Error(`connect timed out after ${this.timing.connectTimeoutMs} ms`));
    });
    socket.on("connect", () => this.onConnect(socket));
    socket.on("data", (chunk) => this.received(socket, chunk));
    // The close event that follows every error does the cleaning up and the reconnect.
    socket.on("error", () => undefined);
    socket.on("close", () => this.closed(socket));
  }

  private onConnect(socket: net.Socket): void {
    socket.setTimeout(0);
    socket.setKeepAlive(true, Math.max(this.timing.keepAliveMs, 1000));
    this.attempt = 0;
    this.reader.reset();
    this.up = true;
    for (const line of this.options.setup ?? []) {
      // A refused subscription leaves the socket usable; the periodic XML read still runs.
      this.request(line).catch(() => undefined);
    }
    this.armIdle();
    for (const listener of this.linkListeners) listener(true);
  }

  private received(socket: net.Socket, chunk: Buffer): void {
    let replies: VmixReply[];
    try {
      replies = this.reader.push(chunk);
    } catch (error) {
      if (!(error instanceof VmixProtocolError)) throw error;
      this.drop(socket, error);
      return;
    }
    this.armIdle();
    for (const reply of replies) this.dispatch(reply);
  }

  private dispatch(reply: VmixReply): void {
    const current = this.inFlight;
    if (current && reply.command === current.pending.expect) {
      clearTimeout(current.timer);
      this.inFlight = undefined;
      current.pending.resolve(reply);
      this.pump();
      return;
    }
    for (const listener of this.pushListeners) listener(reply);
  }

  private pump(): void {
    if (this.inFlight || !this.socket || !this.up) return;
    const pending = this.queue.shift();
    if (!pending) return;

    const socket = this.socket;
    const timer = setTimeout(() => {
      this.inFlight = undefined;
      pending.reject(
        this.unavailable(`no reply to ${pending.expect} within ${this.timing.requestTimeoutMs} ms`),
      );
      // A late reply would be taken for the answer to the next request: start afresh.
      this.drop(socket);
    }, this.timing.requestTimeoutMs);
    this.inFlight = { pending, timer };
    socket.write(`${pending.line}\r\n`, "utf8");
  }

  private armIdle(): void {
    clearTimeout(this.idleTimer);
    if (this.timing.keepAliveMs <= 0 || this.stopped) return;
    this.idleTimer = setTimeout(() => {
      if (this.up && !this.inFlight && this.queue.length === 0) {
        this.request("PING").catch(() => undefined);
      }
      this.armIdle();
    }, this.timing.keepAliveMs);
    this.idleTimer.unref();
  }

  /** Takes the link down at once, before the socket's close event, so no request slips in. */
  private drop(socket: net.Socket, error?: Error): void {
    this.down();
    socket.destroy(error);
  }

  private closed(socket: net.Socket): void {
    if (this.socket !== socket) return;
    this.socket = undefined;
    this.down();
    if (!this.stopped) this.scheduleReconnect();
  }

  private down(): void {
    const wasUp = this.up;
    this.up = false;
    this.reader.reset();
    clearTimeout(this.idleTimer);
    this.failWaiting();
    if (wasUp) for (const listener of this.linkListeners) listener(false);
  }

  private failWaiting(): void {
    const waiting = [...(this.inFlight ? [this.inFlight.pending] : []), ...this.queue.splice(0)];
    if (this.inFlight) clearTimeout(this.inFlight.timer);
    this.inFlight = undefined;
    for (const pending of waiting) pending.reject(this.unavailable("connection lost"));
  }

  private scheduleReconnect(): void {
    const { minBackoffMs, maxBackoffMs } = this.timing;
    const delay = Math.min(maxBackoffMs, minBackoffMs * 2 ** this.attempt);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => {
      if (!this.stopped) this.open();
    }, delay);
    this.reconnectTimer.unref();
  }

  private unavailable(reason: string): BroadcastUnavailable {
    return new BroadcastUnavailable(
      "vmix",
      `vMix TCP ${this.options.host}:${this.options.port}: ${reason}`,
    );
  }
}

/** The defaults, overridden by whatever timing the options set. */
export function timingOf(options: Partial<VmixTcpTiming>): VmixTcpTiming {
  const timing = { ...defaultVmixTcpTiming };
  for (const key of Object.keys(timing) as (keyof VmixTcpTiming)[]) {
    const value = options[key];
    if (value !== undefined) timing[key] = value;
  }
  return timing;
}
