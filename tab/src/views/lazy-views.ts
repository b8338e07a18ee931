import type { ComponentType } from "react";
import { lazy } from "react";
import type { ViewName } from "../routing/view-name";
import type { TeamsHost } from "../teams/teams-context";
import type { ViewContext } from "./view-context";

/**
 * Every view is its own chunk, loaded when opened: the councillor's side panel does not carry
 * the stage's seat map, the clerk's log or the chair's console (see BUNDLE-BUDGET.md).
 */
export const signedInViews: Record<ViewName, ComponentType<{ ctx: ViewContext }>> = {
  councillor: lazy(() => import("./councillor-view").then((m) => ({ default: m.CouncillorView }))),
  chair: lazy(() => import("./chair-view").then((m) => ({ default: m.ChairView }))),
  clerk: lazy(() => import("./clerk-view").then((m) => ({ default: m.ClerkView }))),
  stage: lazy(() => import("./stage-view").then((m) => ({ default: m.StageView }))),
  agenda: lazy(() => import("./agenda-view").then((m) => ({ default: m.AgendaView }))),
};

/** The public live page, loaded only on `/live/<session>`. */
export const LazyPublicPage = lazy(() =>
  import("./public-page").then((m) => ({ default: m.PublicPage })),
);

/** The Teams configuration page, loaded only on `/config`. */
export const LazyConfigPage: ComponentType<{ host: TeamsHost }> = lazy(() =>
  import("./config-page").then((m) => ({ default: m.ConfigPage })),
);
