import type { ClientFleet } from "./client-fleet";
import type { Arrival } from "./fleet-messages";
import { latencyFigures } from "./latency-figures";
import type { LatencyFigures } from "./latency-figures";
import { sharedClock } from "./shared-clock";

/**
 * How the messages go out: `paced` waits until each one reached every client before the next,
 * `sequential` waits only for each acknowledgement, `burst` sends them all at once.
 */
export type DeliveryMode = "paced" | "sequential" | "burst";

export const DELIVERY_MODES: readonly DeliveryMode[] = ["paced", "sequential", "burst"];

/** Sends message `index`; resolves on its acknowledgement with the seq the clients will see. */
export type Send = (index: number) => Promise<number>;

/** Latencies over the messages that every client received. */
export interface DeliveryFigures {
  sent: number;
  deliveredToAll: number;
  /** From the acknowledgement reaching the sender to the message reaching the last client. */
  afterAck: LatencyFigures;
  /** From sending the request to the message reaching the last client. */
  endToEnd: LatencyFigures;
  /** From sending the request to its acknowledgement. */
  ack: LatencyFigures;
}

interface Stamps {
  requested: number;
  acknowledged: number;
}

/**
 * Sends `count` messages in the given mode and measures, for each, when it reached the last of the
 * fleet's clients, counted from its acknowledgement and from its request, and the ack itself.
 * Gives up waiting for deliveries after `timeoutMs`; what is missing then shows in the counts.
 */
export async function measureDeliveries(
  mode: DeliveryMode,
  count: number,
  send: Send,
  fleet: ClientFleet,
  timeoutMs: number,
): Promise<DeliveryFigures> {
  const deadline = sharedClock() + timeoutMs;
  const left = () => Math.max(0, deadline - sharedClock());
  const stamps = new Map<number, Stamps>();
  const arrivals = new Map<number, Arrival>();
  const acknowledged = async (index: number) => {
    const requested = sharedClock();
    const seq = await send(index);
    stamps.set(seq, { requested, acknowledged: sharedClock() });
    return seq;
  };
  const gather = async (seqs: number[]) => {
    for (const [seq, arrival] of await fleet.collect(seqs, left())) arrivals.set(seq, arrival);
  };

  if (mode === "burst") {
    await Promise.all(Array.from({ length: count }, (_, i) => acknowledged(i)));
  } else {
    for (let i = 0; i < count; i++) {
      const seq = await acknowledged(i);
      if (mode === "paced") await gather([seq]);
    }
  }
  if (mode !== "paced") await gather([...stamps.keys()]);

  const delivered = [...stamps].flatMap(([seq, stamp]) => {
    const arrival = arrivals.get(seq);
    return arrival && arrival.count === fleet.clients ? [{ ...stamp, last: arrival.last }] : [];
  });
  return {
    sent: stamps.size,
    deliveredToAll: delivered.length,
    afterAck: latencyFigures(delivered.map((d) => d.last - d.acknowledged)),
    endToEnd: latencyFigures(delivered.map((d) => d.last - d.requested)),
    ack: latencyFigures(delivered.map((d) => d.acknowledged - d.requested)),
  };
}
