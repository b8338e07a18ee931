import { useMemo } from "react";
import { StatusScreen } from "../components/status-screen";
import { useBootstrap } from "../hooks/use-bootstrap";
import type { Route } from "../routing/route";
import { chooseView, viewsFor } from "../routing/view-name";
import type { TeamsHost } from "../teams/teams-context";
import { signedInViews } from "./lazy-views";
import type { ViewContext } from "./view-context";

export interface SignedInAppProps {
  route: Extract<Route, { kind: "tab" }>;
  host: TeamsHost | undefined;
  navigate: (href: string) => void;
}

/**
 * The tab for a signed-in person: sign in and find the session, then the view the address,
 * the Teams frame or the role asks for. Switching views keeps the one live store.
 */
export function SignedInApp({ route, host, navigate }: SignedInAppProps) {
  const { boot, retry } = useBootstrap(host, route.sessionId);
  const ready = boot.phase === "ready" ? boot : undefined;
  const ctx = useMemo<ViewContext | undefined>(() => {
    if (!ready || !host) return undefined;
    const view = chooseView(ready.me.role, route.view, host.frameContext);
    const { api, store, sessionId, me } = ready;
    return { api, store, sessionId, me, host, view, views: viewsFor(me.role), navigate };
  }, [ready, host, route.view, navigate]);

  if (boot.phase !== "ready" || !ctx) {
    return (
      <StatusScreen boot={boot.phase === "ready" ? { phase: "loading" } : boot} onRetry={retry} />
    );
  }
  const View = signedInViews[ctx.view];
  return <View ctx={ctx} />;
}
