import type { LoggedEvent } from "./events";
import type { SessionState } from "./state";

/**
 * The wire protocol shared by the service and its clients, for the HTTP API and the live feed.
 * Bump the version on any change a deployed client could trip over.
 */
export const PROTOCOL_VERSION = 1;

/** Every HTTP error body and every live-feed error has this shape. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** Answer to an accepted command: the events it produced, already committed. */
export interface CommandAccepted {
  seq: number;
  events: LoggedEvent[];
}

export interface SessionSummary {
  id: string;
  title: string;
  council: string;
  status: SessionState["status"];
  scheduledFor?: string;
  seq: number;
}

/** Messages a live-feed client sends. */
export type ClientMessage =
  | { type: "subscribe"; sessionId: string; since?: number }
  | { type: "unsubscribe"; sessionId: string }
  | { type: "ping" };

/** Messages the live feed sends: one snapshot (or the missed events), then every event in order. */
export type ServerMessage =
  | { type: "hello"; protocol: number }
  | { type: "snapshot"; sessionId: string; seq: number; state: SessionState }
  | { type: "event"; sessionId: string; event: LoggedEvent }
  | { type: "pong" }
  | { type: "error"; code: string; message: string; sessionId?: string };
