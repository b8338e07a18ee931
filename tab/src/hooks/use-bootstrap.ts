import type { Member } from "@council/core";
import { useCallback, useEffect, useState } from "react";
import type { ApiClient } from "../api/api-client";
import { createApiClient } from "../api/api-client";
import { ApiError } from "../api/api-error";
import { currentToken } from "../auth/auth-token";
import { liveFeedUrl } from "../live/live-socket";
import { LiveStore } from "../live/live-store";
import { pickSession, sessionFromSearch } from "../session/pick-session";
import type { TeamsHost } from "../teams/teams-context";
import { initializeTeams } from "../teams/teams-context";

/** The steps from a bare page to a live session: where it runs, who signed in, which session. */
export type Bootstrap =
  | { phase: "loading"; host?: TeamsHost }
  | { phase: "failed"; host?: TeamsHost; code: string; message: string }
  | {
      phase: "ready";
      host: TeamsHost;
      me: Member;
      api: ApiClient;
      sessionId: string;
      store: LiveStore;
    };

class BootFailure extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

async function signIn(): Promise<{ api: ApiClient; me: Member; sessionId: string }> {
  if (!(await currentToken())) throw new BootFailure("no_token");
  const api = createApiClient({ getToken: currentToken });
  const sessionId = sessionFromSearch(window.location.search) ?? pickSession(await api.sessions());
  if (!sessionId) throw new BootFailure("no_session");
  const me = await api.me(sessionId);
  return { api, me, sessionId };
}

function failure(host: TeamsHost | undefined, error: unknown): Bootstrap {
  if (error instanceof ApiError)
    return { phase: "failed", host, code: error.code, message: error.message };
  if (error instanceof BootFailure) return { phase: "failed", host, code: error.code, message: "" };
  return { phase: "failed", host, code: "unknown", message: String(error) };
}

/**
 * Starts the tab: Teams (or not), the token, the signed-in member, the session, then the live
 * store, which it stops again on unmount. `retry` runs the steps again after a failure.
 */
export function useBootstrap(): { boot: Bootstrap; retry: () => void } {
  const [boot, setBoot] = useState<Bootstrap>({ phase: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let store: LiveStore | undefined;
    let host: TeamsHost | undefined;

    const run = async () => {
      host = await initializeTeams();
      if (!cancelled) setBoot({ phase: "loading", host });
      const { api, me, sessionId } = await signIn();
      if (cancelled) return;
      store = new LiveStore({ sessionId, url: liveFeedUrl(window.location) });
      store.start();
      setBoot({ phase: "ready", host, me, api, sessionId, store });
    };
    run().catch((error: unknown) => {
      if (!cancelled) setBoot(failure(host, error));
    });

    return () => {
      cancelled = true;
      store?.stop();
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setBoot((current) => ({ phase: "loading", host: current.host }));
    setAttempt((n) => n + 1);
  }, []);

  return { boot, retry };
}
