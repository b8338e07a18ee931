/** The broadcast link in the chair's words: up, coming back, down, or not said. */
export type BroadcastLinkState = "connected" | "reconnecting" | "down" | "unknown";

/** The broadcast link as the chair needs it at a glance, and the public stream address. */
export interface BroadcastStatus {
  link: BroadcastLinkState;
  /** The switcher's kind as the service names it ("vmix", "obs"). */
  switcher?: string;
  /** Steps waiting for the switcher while it is away. */
  queued?: number;
  /** Where the public can watch, when configured. */
  streamUrl?: string;
}

/** Only http(s) addresses become links: a stream URL is configuration, still checked. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : undefined;
  } catch {
    // Not an absolute URL: no link rather than a broken one.
    return undefined;
  }
}

function linkState(value: unknown): BroadcastLinkState {
  if (value === "connected" || value === "reconnecting") return value;
  if (value === "disconnected") return "down";
  return "unknown";
}

/**
 * Reads the broadcast route's answer, `{ status: { switcher, link, queueLength, ... } }`, loosely
 * enough that a field the service adds or drops never breaks the console.
 */
export function parseBroadcastStatus(body: unknown): BroadcastStatus | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const outer = body as Record<string, unknown>;
  const inner =
    typeof outer.status === "object" && outer.status !== null
      ? (outer.status as Record<string, unknown>)
      : outer;
  return {
    link: linkState(inner.link),
    switcher: typeof inner.switcher === "string" ? inner.switcher : undefined,
    queued: typeof inner.queueLength === "number" ? inner.queueLength : undefined,
    streamUrl: safeHttpUrl(outer.streamUrl ?? inner.streamUrl),
  };
}
