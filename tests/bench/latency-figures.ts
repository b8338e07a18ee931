/** The summary printed for a set of latencies, in ms. */
export interface LatencyFigures {
  p50: number;
  p99: number;
  max: number;
}

/**
 * Nearest-rank p50, p99 and max, rounded to microseconds. With few samples p99 is the maximum or
 * next to it, which is the honest reading of 65 ballots. No samples give NaN (null in JSON).
 */
export function latencyFigures(samples: readonly number[]): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const micro = (ms: number) => Math.round(ms * 1000) / 1000;
  return { p50: micro(rank(50)), p99: micro(rank(99)), max: micro(sorted.at(-1) ?? NaN) };
}
