import type { Actor, Command, LoggedEvent, Refusal, SessionState } from "@council/core";
import { applyAll, decide } from "@council/core";
import type { Logger } from "pino";
import type { EventStore, StoredEvent } from "../store";
import { ConcurrencyError, verifyChain } from "../store";
import { SessionUnavailableError } from "./session-unavailable-error";

/** What became of a command: committed events, or the core's refusal. */
export type Outcome =
  { ok: true; seq: number; events: StoredEvent[] } | { ok: false; refusal: Refusal };

export type CommittedListener = (
  sessionId: string,
  events: StoredEvent[],
  state: SessionState,
) => void;

interface Loaded {
  state: SessionState;
  events: StoredEvent[];
  /** Commands of one session run one after another: the tail of that chain. */
  tail: Promise<unknown>;
}

/**
 * Runs commands against sessions: decides them with the core, appends the events to the store and
 * only then answers, applies them to the state held in memory and tells the listeners (live feed,
 * bot outbox). Commands of one session are serialised; sessions run independently.
 */
export class SessionService {
  private readonly sessions = new Map<string, Loaded>();
  private readonly broken = new Map<string, string>();
  private readonly listeners: CommittedListener[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly log: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Rebuilds every session from the log and verifies its hash chain; a broken chain is loud. */
  async load(): Promise<{ sessions: number; broken: string[] }> {
    for (const head of await this.store.listSessions()) {
      await this.loadOne(head.sessionId);
    }
    return { sessions: this.sessions.size, broken: [...this.broken.keys()] };
  }

  private async loadOne(sessionId: string): Promise<void> {
    const events = await this.store.read(sessionId);
    const verdict = verifyChain(events);
    if (!verdict.ok) {
      this.broken.set(sessionId, `seq ${verdict.seq}: ${verdict.reason}`);
      this.sessions.delete(sessionId);
      this.log.error({ sessionId, seq: verdict.seq, reason: verdict.reason }, "event_chain_broken");
      return;
    }
    const state = applyAll(sessionId, undefined, events);
    this.sessions.set(sessionId, { state, events, tail: Promise.resolve() });
  }

  onCommitted(listener: CommittedListener): void {
    this.listeners.push(listener);
  }

  get(sessionId: string): SessionState | undefined {
    this.assertIntact(sessionId);
    return this.sessions.get(sessionId)?.state;
  }

  /** Committed events after `afterSeq`, from memory. */
  eventsAfter(sessionId: string, afterSeq: number): StoredEvent[] {
    this.assertIntact(sessionId);
    return this.sessions.get(sessionId)?.events.slice(Math.max(0, afterSeq)) ?? [];
  }

  list(): SessionState[] {
    return [...this.sessions.values()].map((s) => s.state);
  }

  brokenSessions(): ReadonlyMap<string, string> {
    return this.broken;
  }

  /** Decides and commits one command; resolves after the events are durable. */
  submit(sessionId: string, command: Command, actor: Actor): Promise<Outcome> {
    this.assertIntact(sessionId);
    const loaded = this.sessions.get(sessionId);
    const run = () => this.run(sessionId, command, actor);
    if (!loaded) return run();
    const result = loaded.tail.then(run, run);
    loaded.tail = result.catch(() => undefined);
    return result;
  }

  private async run(
    sessionId: string,
    command: Command,
    actor: Actor,
    retried = false,
  ): Promise<Outcome> {
    const current = this.sessions.get(sessionId);
    const now = this.clock().toISOString();
    const decision = decide(current?.state, command, { actor, now });
    if (!decision.ok) return decision;

    const newEvents = decision.events.map((e) => ({ ...e, actor, time: now }));
    let stored: StoredEvent[];
    try {
      stored = await this.store.append(sessionId, current?.state.seq ?? 0, newEvents);
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || retried) throw error;
      // Another instance wrote first: catch up from the log and decide again on fresh state.
      await this.loadOne(sessionId);
      return this.run(sessionId, command, actor, true);
    }

    const state = this.commit(sessionId, stored);
    this.notify(sessionId, stored, state);
    return { ok: true, seq: state.seq, events: stored };
  }

  private commit(sessionId: string, stored: StoredEvent[]): SessionState {
    const loaded = this.sessions.get(sessionId);
    const state = applyAll(sessionId, loaded?.state, stored as LoggedEvent[]);
    if (loaded) {
      loaded.state = state;
      loaded.events.push(...stored);
    } else {
      this.sessions.set(sessionId, { state, events: [...stored], tail: Promise.resolve() });
    }
    return state;
  }

  private notify(sessionId: string, stored: StoredEvent[], state: SessionState): void {
    for (const listener of this.listeners) {
      try {
        listener(sessionId, stored, state);
      } catch (error) {
        this.log.error({ sessionId, err: error }, "committed_listener_failed");
      }
    }
  }

  private assertIntact(sessionId: string): void {
    const reason = this.broken.get(sessionId);
    if (reason) throw new SessionUnavailableError(sessionId, reason);
  }
}
