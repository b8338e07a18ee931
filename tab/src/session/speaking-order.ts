import type { FloorRequest } from "@council/core";
import { nextInQueue } from "@council/core";

/**
 * The requests to speak in the order the chair's "next" will grant them, by the core's own
 * choice of the next speaker (remarks before speeches), so the list never disagrees with it.
 */
export function speakingOrder(queue: readonly FloorRequest[]): FloorRequest[] {
  const rest = [...queue];
  const order: FloorRequest[] = [];
  for (let next = nextInQueue(rest); next; next = nextInQueue(rest)) {
    order.push(next);
    rest.splice(rest.indexOf(next), 1);
  }
  return order;
}

/** A member's place in the speaking order, counted from 1; undefined when not waiting. */
export function queuePlace(queue: readonly FloorRequest[], memberId: string): number | undefined {
  const index = speakingOrder(queue).findIndex((r) => r.memberId === memberId);
  return index < 0 ? undefined : index + 1;
}
