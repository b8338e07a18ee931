import { initializedTeamsSdk } from "../teams/teams-context";

const storageKey = "council-live.token";

/** Where a token is kept for the tab's lifetime; sessionStorage in the browser. */
export type TokenStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * Splits `token=` out of a URL fragment ("#token=abc&x=1"). Returns the token, if any, and the
 * fragment that remains ("#x=1", or "" when nothing does).
 */
export function splitFragmentToken(hash: string): { token?: string; rest: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const token = params.get("token")?.trim() || undefined;
  params.delete("token");
  const rest = params.toString();
  return { token, rest: rest ? `#${rest}` : "" };
}

/**
 * Takes a development token from the page's fragment into storage and removes it from the
 * visible URL, so it is not bookmarked, shared on screen or kept in history. Call it once, first.
 */
export function captureFragmentToken(
  win: Window = window,
  storage: TokenStorage = sessionStorage,
): void {
  const { token, rest } = splitFragmentToken(win.location.hash);
  if (!token) return;
  storage.setItem(storageKey, token);
  const { pathname, search } = win.location;
  win.history.replaceState(win.history.state, "", `${pathname}${search}${rest}`);
}

/** The token taken from a fragment earlier in this tab, if any. */
export function storedToken(storage: TokenStorage = sessionStorage): string | undefined {
  return storage.getItem(storageKey) ?? undefined;
}

/** Forgets the stored token, after the server refused it. */
export function forgetToken(storage: TokenStorage = sessionStorage): void {
  storage.removeItem(storageKey);
}

/**
 * Asks Teams for an SSO token for the service. Only inside Teams (after `initializeTeams`);
 * undefined elsewhere or when Teams refuses, so the caller can fall back or report.
 */
export async function getTeamsToken(): Promise<string | undefined> {
  const teams = initializedTeamsSdk();
  if (!teams) return undefined;
  try {
    return await teams.authentication.getAuthToken();
  } catch {
    // Consent missing or SSO not configured: the caller shows "not signed in".
    return undefined;
  }
}

/**
 * The bearer token for the next API call: a development token from the link wins (demo,
 * tests); inside Teams the SSO token otherwise. teams-js caches and renews SSO tokens itself.
 */
export async function currentToken(
  storage: TokenStorage = sessionStorage,
): Promise<string | undefined> {
  return storedToken(storage) ?? (await getTeamsToken());
}
