import type { SessionEvent } from "./events";
import type { Refusal, RefusalCode } from "./refusal";

/** The answer of the core to a command: the events to record, or a refusal with a code. */
export type Decision = { ok: true; events: SessionEvent[] } | { ok: false; refusal: Refusal };

export function accept(...events: SessionEvent[]): Decision {
  return { ok: true, events };
}

export function refuse(code: RefusalCode, message: string): Decision {
  return { ok: false, refusal: { code, message } };
}
