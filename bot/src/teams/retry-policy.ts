import { ConnectorError } from "./chat-connector";

/** How patiently the outbox retries a post the connector did not accept. */
export interface RetryPolicy {
  /** The first backoff; each further attempt doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Attempts in all, the first included, before a post is given up. */
  maxAttempts: number;
}

/** About 25 minutes of retries: long enough to ride out a Teams throttling window or outage. */
export const defaultRetryPolicy: RetryPolicy = {
  baseDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  maxAttempts: 10,
};

/** What to do after a failed attempt. */
export type RetryVerdict =
  { action: "retry"; delayMs: number; reason: string } | { action: "fail"; reason: string };

/**
 * Decides a failed delivery: 429 waits for Retry-After (or backs off without one), 5xx, 408 and
 * network errors back off exponentially with jitter, any other 4xx fails at once, and every kind
 * fails once the attempts run out. `attempt` counts this attempt, starting at 1.
 */
export function judgeFailure(
  error: unknown,
  attempt: number,
  policy: RetryPolicy,
  nowMs: number,
  random: () => number,
): RetryVerdict {
  const status = error instanceof ConnectorError ? error.status : undefined;
  const reason = describe(error);
  if (status !== undefined && !isTransient(status)) return { action: "fail", reason };
  if (attempt >= policy.maxAttempts) return { action: "fail", reason: `${reason} (gave up)` };

  const retryAfter =
    error instanceof ConnectorError ? parseRetryAfter(error.retryAfter, nowMs) : undefined;
  if (status === 429 && retryAfter !== undefined) {
    // Retry-After is a floor; a little jitter above it keeps throttled chats from retrying in step.
    return {
      action: "retry",
      delayMs: retryAfter + Math.floor(random() * 0.1 * retryAfter),
      reason,
    };
  }
  return { action: "retry", delayMs: backoffMs(attempt, policy, random), reason };
}

/** Exponential backoff with "equal jitter": half the step fixed, the other half random. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(step / 2 + random() * (step / 2));
}

/** Retry-After in milliseconds from delay-seconds or an HTTP date; undefined when absent or bad. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;

  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function isTransient(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

function describe(error: unknown): string {
  if (error instanceof ConnectorError) {
    return [error.status ?? error.code ?? "network", error.message].join(": ");
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
