/** What the benchmark asks a client process to do; every answer repeats the request's id. */
export type FleetRequest =
  | { id: number; type: "connect"; url: string; clients: number; subscribeTo?: string }
  | { id: number; type: "collect"; seqs: number[]; timeoutMs: number }
  | { id: number; type: "clock" }
  | { id: number; type: "disconnect" };

/** A client process's answers; `started` (id 0) comes once, unasked, when it is ready to listen. */
export type FleetReply =
  | { id: number; type: "started" }
  | { id: number; type: "connected"; clients: number }
  | { id: number; type: "arrivals"; arrivals: Arrival[] }
  | { id: number; type: "clock"; now: number }
  | { id: number; type: "disconnected" }
  | { id: number; type: "failed"; message: string };

/** How far one event got: how many clients received it and when the last one did (shared clock). */
export interface Arrival {
  seq: number;
  count: number;
  last: number;
}
