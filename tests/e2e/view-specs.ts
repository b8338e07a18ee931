import type { Page } from "playwright-core";
import { cs } from "../../tab/src/messages/cs";
import { en } from "../../tab/src/messages/en";
import type { TabQuery } from "./browser";
import { liveUrl, overflow, tabUrl, waitForLive } from "./browser";
import type { DemoSession } from "./demo-session";

/** Teams' meeting side panel. */
export const SIDE_PANEL = { width: 320, height: 900 };
/** The meeting stage and the room's screen, 16:9. */
export const STAGE = { width: 1920, height: 1080 };
/** A desk: the chair's and the clerk's laptops. */
export const DESKTOP = { width: 1280, height: 900 };
/** A citizen's phone. */
export const PHONE = { width: 390, height: 844 };
/** How much of the side panel is in view without scrolling in a Teams meeting. */
const SIDE_PANEL_FOLD = 720;

export type ViewKey = "councillor" | "chair" | "clerk" | "stage" | "agenda" | "public" | "config";

export interface ViewSpec {
  key: ViewKey;
  who?: string;
  view?: TabQuery["view"];
  viewport: { width: number; height: number };
  /** The view's name in the document title, per language. */
  title: { cs: string; en: string };
}

/** Every view: who opens it, at what size, and its name in the title. */
export const views: ViewSpec[] = [
  {
    key: "councillor",
    who: "m04",
    viewport: SIDE_PANEL,
    title: { cs: cs.views.councillor, en: en.views.councillor },
  },
  {
    key: "chair",
    who: "m01",
    viewport: DESKTOP,
    title: { cs: cs.views.chair, en: en.views.chair },
  },
  {
    key: "clerk",
    who: "c01",
    viewport: DESKTOP,
    title: { cs: cs.views.clerk, en: en.views.clerk },
  },
  {
    key: "stage",
    who: "m06",
    view: "stage",
    viewport: STAGE,
    title: { cs: cs.views.stage, en: en.views.stage },
  },
  {
    key: "agenda",
    who: "m07",
    view: "agenda",
    viewport: DESKTOP,
    title: { cs: cs.views.agenda, en: en.views.agenda },
  },
  { key: "public", viewport: PHONE, title: { cs: cs.views.public, en: en.views.public } },
  { key: "config", viewport: DESKTOP, title: { cs: cs.views.config, en: en.views.config } },
];

/** The address of a view in a language, with a Teams theme shown outside Teams. */
export function viewUrl(
  demo: DemoSession,
  spec: ViewSpec,
  lang: "cs" | "en",
  theme?: TabQuery["theme"],
): string {
  const base = demo.svc.url;
  const themed = theme ? `theme=${theme}` : "";
  if (spec.key === "public") {
    return `${liveUrl(base, demo.sessionId, lang)}${themed ? `&${themed}` : ""}`;
  }
  if (spec.key === "config") return `${base}/config?lang=${lang}${themed ? `&${themed}` : ""}`;
  return tabUrl(base, demo.sessionId, demo.tokens[spec.who!]!, lang, { view: spec.view, theme });
}

/** Waits until a view shows what it is for, during a vote: the ballot, the seat map, the log. */
export async function viewReady(demo: DemoSession, spec: ViewSpec, page: Page): Promise<void> {
  if (spec.key === "config") {
    await page.getByTestId(`config-session-${demo.sessionId}`).waitFor();
    return;
  }
  await waitForLive(page);
  if (spec.key === "stage") await page.getByTestId("stage-vote").waitFor();
  else if (spec.key === "clerk") await page.getByTestId("log-1").waitFor();
  else await page.getByTestId("vote-panel").waitFor();
}

/**
 * What keeps a view from fitting: scrolling across anywhere, scrolling down on the stage, or the
 * side panel's ballot below the fold. Empty when the essentials are in view.
 */
export async function fitProblems(spec: ViewSpec, page: Page): Promise<string[]> {
  const problems: string[] = [];
  const scroll = await overflow(page);
  if (scroll.x !== 0) problems.push(`${spec.key} scrolls across by ${scroll.x} px`);
  if (spec.key === "stage" && scroll.y !== 0) problems.push(`stage scrolls down by ${scroll.y} px`);
  if (spec.key === "councillor") {
    const box = await page.getByTestId("vote-abstain").boundingBox();
    const bottom = box ? box.y + box.height : Infinity;
    if (bottom > SIDE_PANEL_FOLD) problems.push(`the ballot ends at ${bottom} px`);
  }
  return problems;
}
