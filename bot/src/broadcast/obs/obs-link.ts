import { EventSubscription, OBSWebSocket, OBSWebSocketError } from "obs-websocket-js/json";
import type { OBSEventTypes, OBSRequestTypes, OBSResponseTypes } from "obs-websocket-js/json";
import type { Logger } from "pino";
import { BroadcastUnavailable } from "../broadcast-port";
import { OBS_AUTH_FAILED, ObsRequestError } from "./obs-errors";

/** Timing of the link to OBS; tests shorten it. */
export interface ObsLinkTiming {
  /** A request without an answer in this time fails; the socket is not trusted after it. */
  requestTimeoutMs: number;
  /** Reconnect backoff, doubled per failed attempt from the first to the second. */
  minBackoffMs: number;
  maxBackoffMs: number;
}

export const defaultObsLinkTiming: ObsLinkTiming = {
  requestTimeoutMs: 5000,
  minBackoffMs: 500,
  maxBackoffMs: 15_000,
};

export interface ObsLinkOptions extends Partial<ObsLinkTiming> {
  url: string;
  password?: string;
  logger: Logger;
  /** Runs after every (re)connect before the link counts as up: read the state afresh. */
  onIdentified: () => Promise<void>;
}

/** The events the adapter listens to: scenes, outputs and studio mode. */
const SUBSCRIPTIONS =
  EventSubscription.General |
  EventSubscription.Scenes |
  EventSubscription.Outputs |
  EventSubscription.Ui;

/**
 * The connection to obs-websocket v5 (JSON subprotocol, authenticated when OBS has a password).
 * obs-websocket-js has no reconnect and leaves a request hanging when the socket dies, so this
 * reconnects with backoff until stopped, fails waiting requests when the socket closes, and
 * times out a request OBS does not answer.
 */
export class ObsLink {
  private readonly obs = new OBSWebSocket();
  private readonly timing: ObsLinkTiming;
  private readonly log: Logger;
  private readonly linkListeners = new Set<(up: boolean) => void>();
  private readonly pending = new Set<(error: Error) => void>();
  private up = false;
  /** Identified with OBS: requests may go, even while the state is still being read. */
  private identified = false;
  private stopped = true;
  private attempt: Promise<void> | undefined;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ObsLinkOptions) {
    this.timing = { ...defaultObsLinkTiming, ...definedOnly(options) };
    this.log = options.logger.child({ component: "obs-link" });
    this.obs.on("ConnectionClosed", (error) => this.closed(error));
  }

  get connected(): boolean {
    return this.up;
  }

  /**
   * Connects now (or joins the attempt under way) and keeps the link up until `stop()`.
   * Rejects with BroadcastUnavailable when this attempt fails; the retries go on regardless.
   */
  start(): Promise<void> {
    this.stopped = false;
    if (this.up) return Promise.resolve();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.attempt ??= this.connectOnce().finally(() => (this.attempt = undefined));
    return this.attempt;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.obs.disconnect();
    this.setUp(false);
  }

  /** Hears the link come up and go down. */
  onLink(listener: (up: boolean) => void): () => void {
    this.linkListeners.add(listener);
    return () => this.linkListeners.delete(listener);
  }

  /** Listens to an OBS event; the listener survives reconnects. */
  on<T extends keyof OBSEventTypes>(event: T, listener: (data: OBSEventTypes[T]) => void): void {
    this.obs.on(event, listener as never);
  }

  /** One request. Rejects with BroadcastUnavailable when OBS cannot be reached or does not answer. */
  call<T extends keyof OBSRequestTypes>(
    requestType: T,
    requestData?: OBSRequestTypes[T],
  ): Promise<OBSResponseTypes[T]> {
    if (!this.identified) {
      return Promise.reject(new BroadcastUnavailable("obs", "OBS is not connected"));
    }
    return this.request(requestType, requestData);
  }

  private request<T extends keyof OBSRequestTypes>(
    requestType: T,
    requestData?: OBSRequestTypes[T],
  ): Promise<OBSResponseTypes[T]> {
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        this.pending.delete(fail);
        reject(error);
      };
      const timer = setTimeout(() => {
        fail(new BroadcastUnavailable("obs", `OBS did not answer ${requestType} in time`));
        // An unanswered request means a socket we cannot trust: start afresh.
        void this.obs.disconnect();
      }, this.timing.requestTimeoutMs);
      this.pending.add(fail);
      this.obs.call(requestType, requestData).then(
        (data) => {
          clearTimeout(timer);
          this.pending.delete(fail);
          resolve(data);
        },
        (error: unknown) => fail(toError(requestType, error)),
      );
    });
  }

  private async connectOnce(): Promise<void> {
    try {
      await this.obs.connect(this.options.url, this.options.password, {
        rpcVersion: 1,
        eventSubscriptions: SUBSCRIPTIONS,
      });
      this.identified = true;
      await this.options.onIdentified();
    } catch (error) {
      const reason = describe(error);
      this.log.warn({ url: this.options.url, reason }, "obs_connect_failed");
      this.identified = false;
      // A half-open socket (identified, state not read) is closed; one already gone is fine.
      await this.obs.disconnect().catch(() => undefined);
      this.scheduleRetry();
      throw new BroadcastUnavailable("obs", `cannot reach OBS at ${this.options.url}: ${reason}`);
    }
    this.failures = 0;
    this.setUp(true);
    this.log.info({ url: this.options.url }, "obs_connected");
  }

  /** The socket closed: fail what waits, then reconnect unless stopped. */
  private closed(error: OBSWebSocketError): void {
    this.identified = false;
    for (const fail of [...this.pending]) {
      fail(new BroadcastUnavailable("obs", `the connection to OBS closed (${error.code})`));
    }
    if (!this.up) return;
    this.setUp(false);
    this.log.warn({ code: error.code, reason: error.message }, "obs_connection_lost");
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer || this.up) return;
    const delay = Math.min(this.timing.minBackoffMs * 2 ** this.failures, this.timing.maxBackoffMs);
    this.failures++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.stopped && !this.up) this.start().catch(() => undefined);
    }, delay);
    this.retryTimer.unref();
  }

  private setUp(up: boolean): void {
    if (this.up === up) return;
    this.up = up;
    for (const listener of this.linkListeners) listener(up);
  }
}

/** A refusal from OBS stays an ObsRequestError; a socket-level failure is "unavailable". */
function toError(requestType: string, error: unknown): Error {
  // Request status codes run from 100 to 799; WebSocket close codes start at 1000.
  if (error instanceof OBSWebSocketError && error.code >= 100 && error.code < 1000) {
    return new ObsRequestError(requestType, error.code, error.message);
  }
  return new BroadcastUnavailable("obs", `${requestType} failed: ${describe(error)}`);
}

function describe(error: unknown): string {
  if (error instanceof OBSWebSocketError && error.code === OBS_AUTH_FAILED) {
    return "OBS refused the password (check the environment variable named in passwordEnv)";
  }
  if (error instanceof Error) return error.message || error.constructor.name;
  return String(error);
}

function definedOnly(options: Partial<ObsLinkTiming>): Partial<ObsLinkTiming> {
  const timing: Partial<ObsLinkTiming> = {};
  if (options.requestTimeoutMs !== undefined) timing.requestTimeoutMs = options.requestTimeoutMs;
  if (options.minBackoffMs !== undefined) timing.minBackoffMs = options.minBackoffMs;
  if (options.maxBackoffMs !== undefined) timing.maxBackoffMs = options.maxBackoffMs;
  return timing;
}
