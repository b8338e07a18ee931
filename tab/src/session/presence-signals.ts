import type { PresenceSignal, SessionState } from "@council/core";

/**
 * The Teams presence signals of a session by member id, or undefined when there is nothing to
 * show: no Teams meeting was reported and no signal came (a session run outside Teams, or a
 * service that predates the signals). Signals only inform the roll call; they never record
 * attendance.
 */
export function presenceSignals(state: SessionState): Record<string, PresenceSignal> | undefined {
  const signals = (state as Partial<Pick<SessionState, "presenceSignals">>).presenceSignals;
  if (!signals) return undefined;
  if (Object.keys(signals).length === 0 && !state.meeting) return undefined;
  return signals;
}
