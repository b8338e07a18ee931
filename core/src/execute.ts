import type { Command, CommandContext } from "./commands";
import { decide } from "./decide";
import type { LoggedEvent } from "./events";
import { applyEvent, createState } from "./fold";
import type { Refusal } from "./refusal";
import type { SessionState } from "./state";

export type Execution =
  { ok: true; state: SessionState; events: LoggedEvent[] } | { ok: false; refusal: Refusal };

/**
 * Decides a command and applies its events, numbering them after the state's last sequence
 * number. The service does the same in two steps with the store in between; imports, the demo
 * and tests use this one.
 */
export function execute(
  sessionId: string,
  state: SessionState | undefined,
  cmd: Command,
  ctx: CommandContext,
): Execution {
  const decision = decide(state, cmd, ctx);
  if (!decision.ok) return decision;
  let seq = state?.seq ?? 0;
  const events = decision.events.map(
    (e) => ({ ...e, seq: ++seq, actor: ctx.actor, time: ctx.now }) as LoggedEvent,
  );
  return { ok: true, state: applyAll(sessionId, state, events), events };
}

/** Applies logged events to a state, creating it from a session_created event when absent. */
export function applyAll(
  sessionId: string,
  state: SessionState | undefined,
  events: readonly LoggedEvent[],
): SessionState {
  let next = state;
  for (const event of events) {
    if (next) next = applyEvent(next, event);
    else if (event.type === "session_created") next = createState(sessionId, event);
    else throw new Error(`session ${sessionId}: ${event.type} before session_created`);
  }
  if (!next) throw new Error(`session ${sessionId}: no events to apply`);
  return next;
}
