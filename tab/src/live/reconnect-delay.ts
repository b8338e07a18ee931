/** How long to wait before reconnect attempt `attempt` (0-based), in milliseconds. */
export type ReconnectDelay = (attempt: number) => number;

export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
  /** A number in [0, 1); injectable so tests are deterministic. */
  random?: () => number;
}

/**
 * Exponential backoff with jitter: the ceiling doubles per attempt up to `maxMs`, and the delay is
 * drawn from the upper half of it so that many tabs dropped together do not return together.
 */
export function reconnectDelay(options: BackoffOptions = {}): ReconnectDelay {
  const { initialMs = 500, maxMs = 15_000, random = Math.random } = options;
  return (attempt) => {
    const ceiling = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  };
}
