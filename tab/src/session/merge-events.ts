import type { LoggedEvent } from "@council/core";

/** Events from the history and the feed as one list in sequence order, each once. */
export function mergeEvents(
  held: readonly LoggedEvent[],
  incoming: readonly LoggedEvent[],
): LoggedEvent[] {
  const bySeq = new Map<number, LoggedEvent>();
  for (const event of [...held, ...incoming]) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** Whether a list in sequence order has a hole: then the history is asked again. */
export function hasGap(events: readonly LoggedEvent[]): boolean {
  return events.some((event, i) => i > 0 && event.seq !== events[i - 1]!.seq + 1);
}
