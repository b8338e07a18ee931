/**
 * The broadcast link as the chair sees it: `connected`, `reconnecting` after the switcher was
 * lost (the session goes on, the titles follow once it is back), `disconnected` before the
 * first connection and after the director stopped.
 */
export type BroadcastLink = "connected" | "reconnecting" | "disconnected";

export interface BroadcastStatus {
  switcher: "vmix" | "obs";
  link: BroadcastLink;
  /** The session the broadcast follows, when one is open. */
  sessionId?: string;
  /** Steps waiting for the switcher. */
  queueLength: number;
  /** Steps dropped because the queue was full, since the start. */
  dropped: number;
  lastError?: { message: string; at: string };
  /** When the switcher was last brought back in line with the session. */
  lastResyncAt?: string;
}
