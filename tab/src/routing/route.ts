import type { ViewName } from "./view-name";
import { isViewName } from "./view-name";

/**
 * What the address asks for: the signed-in tab (a view, a session), the public live page of a
 * session, or the Teams configuration page. No router library: three shapes of path.
 */
export type Route =
  | { kind: "tab"; view?: ViewName; sessionId?: string }
  | { kind: "live"; sessionId: string }
  | { kind: "config" };

/** Reads the route from a path and query string; anything unknown is the tab's default view. */
export function parseRoute(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  const live = /^\/live\/([^/]+)\/?$/.exec(pathname);
  if (live?.[1]) return { kind: "live", sessionId: decodeURIComponent(live[1]) };
  if (/^\/config\/?$/.test(pathname)) return { kind: "config" };

  const route: Route = { kind: "tab" };
  const view = query.get("view");
  if (isViewName(view)) route.view = view;
  const sessionId = query.get("session")?.trim();
  if (sessionId) route.sessionId = sessionId;
  return route;
}

/** The address of a view on the same page, keeping the other query parameters (language, theme). */
export function viewHref(view: ViewName, search: string): string {
  const query = new URLSearchParams(search);
  query.set("view", view);
  return `/?${query.toString()}`;
}

/** The public live page of a session. */
export function livePath(sessionId: string): string {
  return `/live/${encodeURIComponent(sessionId)}`;
}
