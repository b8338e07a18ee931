import type { DeliveryFigures, DeliveryMode } from "./measure-deliveries";

/** What one run of the live-feed benchmark found; every time is in ms. */
export interface BenchReport {
  machine: { cores: number; cpu: string; node: string; platform: string };
  clients: number;
  clientProcesses: number;
  ballots: number;
  /** Bytes of one ballot's live-feed message, and of the yardstick's copy of it. */
  payloadBytes: { ours: number; bare: number };
  /** How far the client processes' clocks may be from the benchmark's. */
  clockSkewBoundMs: number;
  ours: Record<DeliveryMode, DeliveryFigures>;
  bare: Record<DeliveryMode, DeliveryFigures>;
  /** ours ÷ bare, per mode, for the time after the ack and for the whole way. */
  ratio: Record<DeliveryMode, { afterAck: Ratio; endToEnd: Ratio }>;
  /** Whether every client received every ballot and every yardstick message. */
  complete: boolean;
  durationMs: number;
}

/** ours ÷ bare of two percentiles; NaN (null in JSON) unless both figures are above zero. */
export interface Ratio {
  p50: number;
  p99: number;
}
