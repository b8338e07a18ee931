import type { SessionSummary } from "@council/core";

/** The session the page was opened for: `?session=` when given, else none. */
export function sessionFromSearch(search: string): string | undefined {
  return new URLSearchParams(search).get("session")?.trim() || undefined;
}

/** Without `?session=`, the first open session, else the first scheduled one. */
export function pickSession(sessions: readonly SessionSummary[]): string | undefined {
  const open = sessions.find((s) => s.status === "open");
  return (open ?? sessions.find((s) => s.status === "scheduled"))?.id;
}
