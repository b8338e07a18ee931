import type * as TeamsSdk from "@microsoft/teams-js";
import type { ThemeName } from "../theme/theme-choice";
import { themeName } from "../theme/theme-choice";

/** Where the tab runs: inside a Teams client, or as a plain web page. */
export interface TeamsHost {
  inTeams: boolean;
  /** Teams' theme; outside Teams "default", and the page follows the device instead. */
  theme: ThemeName;
  /** Teams' frame context: content, sidePanel, meetingStage, settings ... */
  frameContext?: string;
  locale?: string;
  /** The Teams meeting, when the tab runs in one. */
  meetingId?: string;
  /** The chat the tab belongs to (a meeting's chat), which the bot binds to a session. */
  chatId?: string;
}

/** A plain web page: no Teams, the page follows the device's theme. */
export const webHost: TeamsHost = { inTeams: false, theme: "default" };

let sdk: typeof TeamsSdk | undefined;

/** The teams-js module once `initializeTeams` has succeeded; undefined outside Teams. */
export function initializedTeamsSdk(): typeof TeamsSdk | undefined {
  return sdk;
}

/**
 * Whether the page could be inside a Teams client at all: Teams hosts tabs in a frame (web and
 * desktop) or a mobile web view with a native bridge. A top-level page skips teams-js entirely,
 * which keeps the plain web page fast.
 */
export function looksEmbedded(win: Window): boolean {
  const framed = win.self !== win.top;
  return framed || "nativeInterface" in win;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from Teams in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Our view of Teams' context: where the frame is, its theme and language, which chat. */
export function hostFromContext(context: TeamsSdk.app.Context): TeamsHost {
  return {
    inTeams: true,
    theme: themeName(context.app.theme),
    frameContext: context.page.frameContext,
    locale: context.app.locale,
    meetingId: context.meeting?.id,
    chatId: context.chat?.id ?? context.channel?.id,
  };
}

/**
 * Initialises teams-js when the page looks embedded and reads the frame context and theme.
 * Outside Teams, or when Teams does not answer within `timeoutMs`, it resolves to a web host:
 * the tab then works as a plain web page. teams-js is loaded only when it can be of use.
 */
export async function initializeTeams(win: Window = window, timeoutMs = 2_000): Promise<TeamsHost> {
  if (!looksEmbedded(win)) return webHost;
  try {
    const teams = await import("@microsoft/teams-js");
    await withTimeout(teams.app.initialize(), timeoutMs);
    const context = await withTimeout(teams.app.getContext(), timeoutMs);
    teams.app.notifySuccess();
    sdk = teams;
    return hostFromContext(context);
  } catch {
    // Framed by something that is not Teams (a preview, another site): run as a web page.
    return webHost;
  }
}

/** Calls `handler` whenever the Teams user switches theme; does nothing outside Teams. */
export function onTeamsThemeChange(handler: (theme: ThemeName) => void): void {
  sdk?.app.registerOnThemeChangeHandler((theme) => handler(themeName(theme)));
}
