import type { LoggedEvent, SessionState } from "@council/core";
import type { Logger } from "pino";
import type { PtzController, SwitcherAdapter, SwitcherState } from "../broadcast-port";
import { BroadcastUnavailable } from "../broadcast-port";
import { ChapterLog } from "../chapters/chapter-log";
import type { BroadcastMapping } from "../mapping/broadcast-mapping";
import { ActionQueue } from "./action-queue";
import type { BroadcastPicture } from "./broadcast-picture";
import { itemNumber, pictureOf } from "./broadcast-picture";
import type { BroadcastStatus } from "./broadcast-status";
import { itemLine } from "./broadcast-words";
import { pictureActions } from "./picture-actions";
import type { ActionContext } from "./run-director-action";
import { runDirectorAction } from "./run-director-action";
import { runWithTimeout, StepTimeoutError } from "./run-with-timeout";

/** What the director needs of the session service: committed events and the states. */
export interface DirectorSessions {
  onCommitted(
    listener: (sessionId: string, events: LoggedEvent[], state: SessionState) => void,
  ): void;
  list(): SessionState[];
}

export interface BroadcastDirectorOptions {
  adapter: SwitcherAdapter;
  mapping: BroadcastMapping;
  sessions: DirectorSessions;
  logger: Logger;
  ptz?: PtzController;
  /** Follow this session only; by default the director follows the session that is open. */
  sessionId?: string;
  clock?: () => Date;
  /** Steps waiting for the switcher, at most. */
  queueCapacity?: number;
  /** The live tally changes on air at most this often. */
  tallyIntervalMs?: number;
  /** A step the switcher does not answer within this counts as a lost link. */
  stepTimeoutMs?: number;
  /** First and longest wait between attempts to reconnect. */
  retryMs?: { first: number; max: number };
}

type StatusListener = (status: BroadcastStatus) => void;

/**
 * Makes the broadcast follow the session: floor granted → the speaker's shot and lower third,
 * floor ended → the wide shot, item started → the agenda title and a chapter mark, vote opened
 * → the live tally, vote closed → the result for the hold time, session closed → all off.
 *
 * It listens to committed events and only queues steps: a command never waits for the
 * switcher. Steps run one at a time; a later step for the same shot or slot supersedes a
 * waiting one. When the link drops, steps wait; when it is back the director resyncs the
 * switcher to the session as it is now instead of replaying what it missed.
 */
export class BroadcastDirector {
  private readonly adapter: SwitcherAdapter;
  private readonly log: Logger;
  private readonly clock: () => Date;
  private readonly queue: ActionQueue;
  private readonly chapterLogs = new Map<string, ChapterLog>();
  private readonly statusListeners = new Set<StatusListener>();
  private readonly tallyIntervalMs: number;
  private readonly stepTimeoutMs: number;
  private readonly retryMs: { first: number; max: number };

  private running = false;
  private subscribed = false;
  private linkUp = false;
  private everConnected = false;
  private needsResync = true;
  private pumping = false;
  private connecting = false;
  private retryDelay: number;
  private retryTimer: NodeJS.Timeout | undefined;
  private tallyTimer: NodeJS.Timeout | undefined;
  private holdTimer: NodeJS.Timeout | undefined;
  private lastTallyAt = 0;
  private offChange: (() => void) | undefined;

  private sessionId: string | undefined;
  private state: SessionState | undefined;
  private heldVoteId: string | undefined;
  private picture: BroadcastPicture | undefined;
  private lastError: BroadcastStatus["lastError"];
  private lastResyncAt: string | undefined;
  private lastStatus = "";
  private readonly context: ActionContext;

  constructor(private readonly options: BroadcastDirectorOptions) {
    this.adapter = options.adapter;
    this.log = options.logger.child({ component: "broadcast", switcher: options.adapter.kind });
    this.clock = options.clock ?? (() => new Date());
    this.queue = new ActionQueue(options.queueCapacity ?? 64);
    this.tallyIntervalMs = options.tallyIntervalMs ?? 500;
    this.stepTimeoutMs = options.stepTimeoutMs ?? 5000;
    this.retryMs = options.retryMs ?? { first: 1000, max: 15_000 };
    this.retryDelay = this.retryMs.first;
    this.context = {
      adapter: this.adapter,
      ...(options.ptz ? { ptz: options.ptz } : {}),
      chapters: (sessionId) => this.chapterLog(sessionId),
      clock: this.clock,
      failed: (error, step) => this.failed(error, step),
    };
  }

  /**
   * Starts following: picks up a session already open (after a restart, mid-session), and
   * connects in the background. Returns at once; the link comes up when the switcher answers.
   */
  start(): void {
    if (this.running) return;
    this.running = true;
    if (!this.subscribed) {
      this.options.sessions.onCommitted((id, events, state) => this.onCommitted(id, events, state));
      this.subscribed = true;
    }
    this.offChange = this.adapter.onChange((state) => this.onSwitcher(state));
    this.adopt(this.initialSession());
    this.connect();
    this.emitStatus();
  }

  /** Stops following and drops the waiting steps; the adapter stays for its owner to close. */
  stop(): void {
    this.running = false;
    this.offChange?.();
    for (const timer of [this.retryTimer, this.tallyTimer, this.holdTimer]) clearTimeout(timer);
    this.retryTimer = this.tallyTimer = this.holdTimer = undefined;
    this.linkUp = false;
    this.queue.clear();
    this.emitStatus();
  }

  status(): BroadcastStatus {
    const link = !this.running
      ? "disconnected"
      : this.linkUp
        ? "connected"
        : this.everConnected
          ? "reconnecting"
          : "disconnected";
    return {
      switcher: this.adapter.kind,
      link,
      ...(this.sessionId ? { sessionId: this.sessionId } : {}),
      queueLength: this.queue.length,
      dropped: this.queue.dropped,
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.lastResyncAt ? { lastResyncAt: this.lastResyncAt } : {}),
    };
  }

  /** Calls `listener` whenever the status changes; returns the way to stop. */
  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** The chapter log of a session the director has followed. */
  chapters(sessionId: string): ChapterLog | undefined {
    return this.chapterLogs.get(sessionId);
  }

  /** Resolves once no step waits and none runs; for tests and a clean shutdown. */
  async idle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.queue.length > 0 && this.linkUp) || this.pumping || this.tallyTimer) {
      if (Date.now() > deadline) throw new Error("the broadcast queue did not drain in time");
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private initialSession(): SessionState | undefined {
    const sessions = this.options.sessions.list();
    if (this.options.sessionId) return sessions.find((s) => s.id === this.options.sessionId);
    return sessions
      .filter((s) => s.status === "open")
      .sort((a, b) => (b.openedAt ?? "").localeCompare(a.openedAt ?? ""))[0];
  }

  /** Takes a session up, its chapters rebuilt from the items it already started. */
  private adopt(state: SessionState | undefined): void {
    if (!state) return;
    this.sessionId = state.id;
    this.state = state;
    const chapters = this.chapterLog(state.id);
    const started = state.agenda.filter((item) => item.startedAt);
    started.sort((a, b) => (a.startedAt ?? "").localeCompare(b.startedAt ?? ""));
    for (const item of started) {
      chapters.start(item.id, this.itemTitle(state, item.id), item.startedAt as string);
      if (item.endedAt) chapters.end(item.id, item.endedAt);
    }
    this.picture = undefined;
    this.needsResync = true;
    this.log.info({ sessionId: state.id }, "broadcast_follows_session");
  }

  private follows(sessionId: string, state: SessionState): boolean {
    const wanted = this.options.sessionId ?? this.sessionId;
    if (wanted !== undefined && sessionId !== wanted) return false;
    if (wanted === undefined && state.status !== "open") return false;
    if (this.sessionId !== sessionId) this.adopt(state);
    return true;
  }

  /** The commit path: cheap, synchronous, never waits for the switcher. */
  private onCommitted(sessionId: string, events: LoggedEvent[], state: SessionState): void {
    if (!this.running || !this.follows(sessionId, state)) return;
    this.state = state;
    for (const event of events) this.note(sessionId, event, state);
    this.render();
    if (state.status === "closed" && !this.options.sessionId) {
      this.log.info({ sessionId }, "broadcast_session_closed");
      this.sessionId = undefined;
    }
  }

  private note(sessionId: string, event: LoggedEvent, state: SessionState): void {
    const chapters = this.chapterLog(sessionId);
    switch (event.type) {
      case "item_started": {
        const { itemId } = event.payload;
        const title = this.itemTitle(state, itemId);
        chapters.start(itemId, title, event.time);
        const seenAtMs = this.clock().getTime();
        this.queue.push({
          key: `mark:${sessionId}:${itemId}:${event.seq}`,
          kind: "mark",
          sessionId,
          itemId,
          title,
          seenAtMs,
        });
        return;
      }
      case "item_ended":
        return chapters.end(event.payload.itemId, event.time);
      case "vote_closed":
        return this.holdResult(event.payload.voteId);
      case "vote_opened":
      case "session_closed":
        return this.holdResult(undefined);
      default:
        return;
    }
  }

  /** Keeps a closed vote's result on air for the mapping's hold time. */
  private holdResult(voteId: string | undefined): void {
    clearTimeout(this.holdTimer);
    const holdMs = this.options.mapping.resultHoldSeconds * 1000;
    this.heldVoteId = holdMs > 0 ? voteId : undefined;
    if (!this.heldVoteId) return;
    this.holdTimer = setTimeout(() => {
      this.heldVoteId = undefined;
      this.render();
    }, holdMs);
    this.holdTimer.unref();
  }

  /** Brings the queue in line with the session; a change of tally only waits its turn. */
  private render(): void {
    if (!this.state) return;
    const next = pictureOf(this.state, this.options.mapping, this.heldVoteId);
    const actions = pictureActions(this.picture, next);
    // Ballots arriving during an open vote may wait a moment; nothing else does.
    const tallyOnly =
      this.state.currentVoteId !== undefined &&
      actions.every((a) => a.key === "graphic:voteResult" && a.show === undefined);
    const wait = this.lastTallyAt + this.tallyIntervalMs - this.clock().getTime();
    if (this.picture && actions.length > 0 && tallyOnly && wait > 0) {
      this.tallyTimer ??= setTimeout(() => {
        this.tallyTimer = undefined;
        this.render();
      }, wait);
      this.tallyTimer.unref?.();
      return;
    }
    if (actions.some((a) => a.key === "graphic:voteResult"))
      this.lastTallyAt = this.clock().getTime();
    this.picture = next;
    for (const action of actions) this.queue.push(action);
    this.pump();
  }

  private connect(): void {
    if (!this.running || this.connecting) return;
    this.connecting = true;
    this.adapter.connect().then(
      () => {
        this.connecting = false;
        this.onSwitcher(this.adapter.state());
      },
      (error: unknown) => {
        this.connecting = false;
        this.failed(error, "connect");
        this.scheduleRetry();
      },
    );
  }

  private onSwitcher(state: SwitcherState): void {
    if (!this.running) return;
    if (state.connected && !this.linkUp) this.linkCameUp();
    else if (!state.connected && this.linkUp) this.linkWentDown("switcher reported disconnected");
  }

  private linkCameUp(): void {
    this.linkUp = true;
    this.everConnected = true;
    this.needsResync = true;
    this.retryDelay = this.retryMs.first;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.log.info("broadcast_link_up");
    this.emitStatus();
    this.pump();
  }

  private linkWentDown(reason: string): void {
    this.linkUp = false;
    this.needsResync = true;
    this.log.warn({ reason }, "broadcast_link_down");
    this.emitStatus();
    this.scheduleRetry();
  }

  /** Checks again later; the adapter reconnects by itself, a connect call nudges it. */
  private scheduleRetry(): void {
    if (!this.running || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (!this.running || this.linkUp) return;
      if (this.adapter.state().connected) return this.linkCameUp();
      this.retryDelay = Math.min(this.retryDelay * 2, this.retryMs.max);
      this.connect();
      this.scheduleRetry();
    }, this.retryDelay);
    this.retryTimer.unref();
  }

  /** Runs the waiting steps one by one while the link is up. */
  private pump(): void {
    if (this.pumping || !this.running || !this.linkUp) return this.emitStatus();
    this.pumping = true;
    void this.drain().finally(() => {
      this.pumping = false;
      this.emitStatus();
      if (this.linkUp && this.queue.length > 0) this.pump();
    });
  }

  private async drain(): Promise<void> {
    while (this.running && this.linkUp) {
      if (this.needsResync || this.queue.lostState) this.resync();
      const action = this.queue.shift();
      if (!action) return;
      this.emitStatus();
      try {
        await runWithTimeout(() => runDirectorAction(action, this.context), this.stepTimeoutMs);
      } catch (error) {
        if (error instanceof BroadcastUnavailable || error instanceof StepTimeoutError) {
          this.failed(error, action.key);
          this.linkWentDown(error.message);
          return;
        }
        this.failed(error, action.key);
      }
    }
  }

  /** Replaces the waiting state steps with the whole picture of the session as it is now. */
  private resync(): void {
    this.needsResync = false;
    const cleared = this.queue.clearState();
    if (!this.state) return;
    this.picture = pictureOf(this.state, this.options.mapping, this.heldVoteId);
    const actions = pictureActions(undefined, this.picture);
    for (const action of actions) this.queue.push(action);
    this.lastResyncAt = this.clock().toISOString();
    this.log.info({ sessionId: this.state.id, steps: actions.length, cleared }, "broadcast_resync");
  }

  private failed(error: unknown, step: string): void {
    const message = error instanceof Error ? error.message : String(error);
    this.lastError = { message: `${step}: ${message}`, at: this.clock().toISOString() };
    this.log.warn({ step, err: error }, "broadcast_step_failed");
    this.emitStatus();
  }

  private chapterLog(sessionId: string): ChapterLog {
    let log = this.chapterLogs.get(sessionId);
    if (!log) this.chapterLogs.set(sessionId, (log = new ChapterLog()));
    return log;
  }

  private itemTitle(state: SessionState, itemId: string): string {
    const item = state.agenda.find((i) => i.id === itemId);
    if (!item) return itemId;
    return itemLine(itemNumber(state, item), item.title);
  }

  private emitStatus(): void {
    const status = this.status();
    const serial = JSON.stringify(status);
    if (serial === this.lastStatus) return;
    this.lastStatus = serial;
    for (const listener of this.statusListeners) {
      try {
        listener(status);
      } catch (error) {
        this.log.error({ err: error }, "broadcast_status_listener_failed");
      }
    }
  }
}
