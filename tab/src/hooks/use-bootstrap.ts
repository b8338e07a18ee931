import type { Member } from "@council/core";
import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../api/api-client";
import { createApiClient } from "../api/api-client";
import { ApiError } from "../api/api-error";
import { currentToken } from "../auth/auth-token";
import { liveFeedUrl } from "../live/live-socket";
import { LiveStore } from "../live/live-store";
import { findSessionId } from "../session/pick-session";
import type { TeamsHost } from "../teams/teams-context";

/** The steps from a bare page to a live session: who signed in, which session, the live store. */
export type Bootstrap =
  | { phase: "loading" }
  | { phase: "failed"; code: string; message: string }
  | { phase: "ready"; me: Member; api: ApiClient; sessionId: string; store: LiveStore };

class BootFailure extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * Signs in and finds the session. The live store starts as soon as the session is known, so the
 * feed connects while the service is still asked who is signed in.
 */
async function signIn(
  host: TeamsHost,
  askedSession: string | undefined,
  onStore: (store: LiveStore) => void,
): Promise<{ api: ApiClient; me: Member; sessionId: string; store: LiveStore }> {
  if (!(await currentToken())) throw new BootFailure("no_token");
  const api = createApiClient({ getToken: currentToken });
  const sessionId = await findSessionId(askedSession, host.chatId, api);
  if (!sessionId) throw new BootFailure("no_session");
  const store = new LiveStore({ sessionId, url: liveFeedUrl(window.location) });
  onStore(store);
  store.start();
  const me = await api.me(sessionId);
  return { api, me, sessionId, store };
}

function failure(error: unknown): Bootstrap {
  if (error instanceof ApiError)
    return { phase: "failed", code: error.code, message: error.message };
  if (error instanceof BootFailure) return { phase: "failed", code: error.code, message: "" };
  return { phase: "failed", code: "unknown", message: String(error) };
}

/**
 * Starts the signed-in tab once the host is known: the token, the session, the signed-in member,
 * then the one live store, which it stops again on unmount. `retry` runs the steps again.
 */
export function useBootstrap(
  host: TeamsHost | undefined,
  askedSession: string | undefined,
): { boot: Bootstrap; retry: () => void } {
  const [boot, setBoot] = useState<Bootstrap>({ phase: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!host) return;
    let cancelled = false;
    let store: LiveStore | undefined;

    signIn(host, askedSession, (started) => (store = started))
      .then(({ api, me, sessionId, store: live }) => {
        if (!cancelled) setBoot({ phase: "ready", me, api, sessionId, store: live });
      })
      .catch((error: unknown) => {
        store?.stop();
        if (!cancelled) setBoot(failure(error));
      });

    return () => {
      cancelled = true;
      store?.stop();
    };
  }, [host, askedSession, attempt]);

  const retry = useCallback(() => {
    setBoot({ phase: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  return { boot, retry };
}
