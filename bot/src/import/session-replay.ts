import {
  applyEvent,
  decide,
  foldEvents,
  type Actor,
  type Command,
  type LoggedEvent,
  type Refusal,
  type SessionEvent,
  type SessionState,
} from "@council/core";

import type { NewEvent } from "../store/event-store";

/**
 * Runs commands through the core's decide and fold, as the service would, and keeps the events
 * they produce for a store to append. Nothing is written anywhere.
 */
export class SessionReplay {
  readonly events: NewEvent[] = [];
  private current: SessionState | undefined;

  constructor(private readonly sessionId: string) {}

  get state(): SessionState | undefined {
    return this.current;
  }

  /** Decides one command; on acceptance its events are applied and kept, else the refusal returned. */
  run(command: Command, actor: Actor, now: string): SessionEvent[] | Refusal {
    const decision = decide(this.current, command, { actor, now });
    if (!decision.ok) return decision.refusal;

    for (const event of decision.events) this.apply({ ...event, actor, time: now });
    return decision.events;
  }

  private apply(event: NewEvent): void {
    const logged = { ...event, seq: this.events.length + 1 } as LoggedEvent;
    this.current = this.current
      ? applyEvent(this.current, logged)
      : foldEvents(this.sessionId, [logged]);
    this.events.push(event);
  }
}

/** Whether a replay step was refused. */
export function isRefusal(outcome: SessionEvent[] | Refusal): outcome is Refusal {
  return !Array.isArray(outcome);
}
