import type { SessionSummary } from "@council/core";
import type { ApiClient } from "../api/api-client";

/** Without a session in the address or a bound chat, the first open session, else a scheduled one. */
export function pickSession(sessions: readonly SessionSummary[]): string | undefined {
  const open = sessions.find((s) => s.status === "open");
  return (open ?? sessions.find((s) => s.status === "scheduled"))?.id;
}

/**
 * The session the tab shows: the one the address names; else, in a Teams meeting, the one the
 * meeting's chat is bound to; else the open or scheduled one the service has.
 */
export async function findSessionId(
  asked: string | undefined,
  chatId: string | undefined,
  api: Pick<ApiClient, "boundSession" | "sessions">,
): Promise<string | undefined> {
  if (asked) return asked;
  const bound = chatId ? await api.boundSession(chatId) : undefined;
  if (bound) return bound;
  return pickSession(await api.sessions());
}
