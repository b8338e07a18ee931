import type { SessionState, Speech } from "@council/core";

/** Time the chair added to, or held off, a speech on this device. */
export interface TimerAdjustment {
  extraMs: number;
  /** Server time when the chair paused the clock, while paused. */
  pausedAtMs?: number;
  /** Paused time already over. */
  pausedMs: number;
}

/** The clock as the rules run it: no pause, no extra time. */
export const noAdjustment: TimerAdjustment = { extraMs: 0, pausedMs: 0 };

/**
 * The speaking time a speech has under the rules. The rule set knows one limit (a speech);
 * remarks out of turn use it too until the rules carry limits per kind.
 */
export function speakingLimitMs(state: SessionState): number {
  return state.rules.speaking.speechSeconds * 1000;
}

/**
 * Milliseconds left of a speech at server time `serverNowMs`; negative once over time. The start
 * is the server's, so every screen counts the same speech down alike.
 */
export function remainingMs(
  speech: Pick<Speech, "startedAt">,
  limitMs: number,
  serverNowMs: number,
  adjustment: TimerAdjustment = noAdjustment,
): number {
  const started = Date.parse(speech.startedAt);
  const now = adjustment.pausedAtMs ?? serverNowMs;
  const elapsed = Math.max(0, now - started - adjustment.pausedMs);
  return limitMs + adjustment.extraMs - elapsed;
}

/** "4:05" for time left, "+0:12" for time over; whole seconds, rounded towards more time left. */
export function formatCountdown(ms: number): string {
  const over = ms < 0;
  const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
  return over ? `+${text}` : text;
}
