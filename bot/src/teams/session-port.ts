import type { Actor, Command, Refusal, SessionState } from "@council/core";

/** Reads the current state of a session; undefined for a session the service does not hold. */
export type ReadSession = (sessionId: string) => SessionState | undefined;

/** What became of a command the bot submitted, as far as the bot looks at SessionService's Outcome. */
export type SubmitOutcome = { ok: true } | { ok: false; refusal: Refusal };

/** Runs one command against a session as SessionService.submit does: resolves once committed. */
export type SubmitCommand = (
  sessionId: string,
  command: Command,
  actor: Actor,
) => Promise<SubmitOutcome>;

/** The actor of every event the bot records on Teams' word: meeting start and end, presence. */
export const TEAMS_ACTOR: Actor = { kind: "system", name: "teams" };
