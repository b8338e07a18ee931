import { useCallback, useEffect, useState } from "react";
import type { TimerAdjustment } from "../session/speaking-time";
import { noAdjustment } from "../session/speaking-time";

/** Extra time added with each press of "add a minute". */
const EXTRA_MS = 60_000;

/**
 * The chair's pause and extra time for the current speech. The core has no command for them,
 * so they live on this device only and start over with each speech (keyed by its start).
 */
export function useTimerAdjustment(speechKey: string | undefined): {
  adjustment: TimerAdjustment;
  pause: (serverNowMs: number) => void;
  resume: (serverNowMs: number) => void;
  extend: () => void;
} {
  const [adjustment, setAdjustment] = useState<TimerAdjustment>(noAdjustment);

  useEffect(() => setAdjustment(noAdjustment), [speechKey]);

  const pause = useCallback((now: number) => {
    setAdjustment((a) => (a.pausedAtMs === undefined ? { ...a, pausedAtMs: now } : a));
  }, []);
  const resume = useCallback((now: number) => {
    setAdjustment((a) =>
      a.pausedAtMs === undefined
        ? a
        : { extraMs: a.extraMs, pausedMs: a.pausedMs + (now - a.pausedAtMs) },
    );
  }, []);
  const extend = useCallback(() => {
    setAdjustment((a) => ({ ...a, extraMs: a.extraMs + EXTRA_MS }));
  }, []);

  return { adjustment, pause, resume, extend };
}
