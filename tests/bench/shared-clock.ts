/**
 * Milliseconds on a clock that the benchmark and its client processes read alike: each process's
 * monotonic clock anchored at the wall-clock time it started, so stamps from two processes on one
 * machine can be subtracted (they agree to a few microseconds; the benchmark checks this).
 */
export function sharedClock(): number {
  return performance.timeOrigin + performance.now();
}
