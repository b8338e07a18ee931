import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";

/** Where screenshots go: `artifacts/screenshots/` at the repository root (git-ignored). */
export const SCREENSHOT_DIR = path.resolve(__dirname, "../../artifacts/screenshots");

/** The Debian Chromium; the tests never download a browser. */
const CHROMIUM = "/usr/bin/chromium";

/** Flags for a quiet headless Chromium that talks to nobody but the loopback service. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How long a page may take to show what a step expects before the step fails. */
const STEP_TIMEOUT_MS = 5000;

/** Starts the one headless Chromium a test file shares between its contexts. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The axe-core build the tests inject into pages (installed at the repository root). */
const AXE_PATH = path.resolve(__dirname, "../../node_modules/axe-core/axe.min.js");

/** Extra query parameters of a tab address: a view, a Teams theme to show outside Teams. */
export interface TabQuery {
  view?: "councillor" | "chair" | "clerk" | "stage" | "agenda";
  theme?: "default" | "dark" | "contrast";
}

/** The tab's address for one person: session and language in the query, the token in the fragment. */
export function tabUrl(
  base: string,
  sessionId: string,
  token: string,
  lang?: "cs" | "en",
  extra: TabQuery = {},
): string {
  const query = new URLSearchParams({ session: sessionId });
  if (lang) query.set("lang", lang);
  if (extra.view) query.set("view", extra.view);
  if (extra.theme) query.set("theme", extra.theme);
  return `${base}/?${query.toString()}#token=${token}`;
}

/** The public live page of a session, which needs no token. */
export function liveUrl(base: string, sessionId: string, lang?: "cs" | "en"): string {
  return `${base}/live/${encodeURIComponent(sessionId)}${lang ? `?lang=${lang}` : ""}`;
}

/** One person's browser window: its own context (own storage, own token) and page. */
export interface TabWindow {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions the page threw; a working tab throws none. */
  pageErrors: string[];
}

export interface OpenTabOptions {
  viewport?: { width: number; height: number };
  /** The device's colour scheme, which the plain web page follows. */
  colorScheme?: "light" | "dark";
}

/**
 * Opens the tab in a fresh context and waits until its live feed is connected and the session
 * is on screen. Every WebSocket the page makes is remembered, so a test can cut the live feed.
 */
export async function openTab(
  browser: Browser,
  url: string,
  options: OpenTabOptions = {},
): Promise<TabWindow> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
  });
  await context.addInitScript(rememberSockets);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(url);
  await waitForLive(page);
  return { context, page, pageErrors };
}

/** Waits until a view shows its session with the live feed connected. */
export async function waitForLive(page: Page, timeoutMs = STEP_TIMEOUT_MS): Promise<void> {
  await waitForAttribute(
    page.locator("main[data-connection]"),
    "data-connection",
    "live",
    timeoutMs,
  );
  await page.getByTestId("session-title").waitFor({ timeout: timeoutMs });
}

/** One axe-core finding, shortened to what a failing test should print. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page against WCAG 2.1 A and AA and the best practices, and returns the
 * serious and critical violations.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    interface AxeNode {
      target: string[];
    }
    interface AxeViolation {
      id: string;
      impact: string | null;
      help: string;
      nodes: AxeNode[];
    }
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      }));
  });
}

/** How far the page scrolls beyond its viewport, across and down. */
export async function overflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight };
  });
}

/** Runs in the page before its scripts: keeps every WebSocket it opens in `window.__sockets`. */
function rememberSockets(): void {
  const Native = window.WebSocket;
  const sockets: WebSocket[] = [];
  Object.assign(window, { __sockets: sockets });
  class RememberedSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      sockets.push(this);
    }
  }
  window.WebSocket = RememberedSocket;
}

/** Closes the page's open live-feed sockets from the page's side, as a dropped network would. */
export async function cutLiveSockets(page: Page): Promise<number> {
  return page.evaluate(() => {
    const sockets = (window as unknown as { __sockets: WebSocket[] }).__sockets;
    const open = sockets.filter((s) => s.readyState === WebSocket.OPEN);
    for (const socket of open) socket.close();
    return open.length;
  });
}

/** How many WebSockets the page has opened so far, the first connection included. */
export async function socketsOpened(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __sockets: WebSocket[] }).__sockets.length);
}

/**
 * Holds the page's live feed down while commands still reach the service: new sockets are
 * refused and the open one is cut. `restore` lets the next reconnect attempt through.
 */
export async function holdLiveFeed(page: Page): Promise<{ restore: () => void }> {
  let held = true;
  await page.routeWebSocket(/\/api\/v1\/live$/, (socket) => {
    if (held) void socket.close({ code: 1013, reason: "held by the test" });
    else socket.connectToServer();
  });
  await cutLiveSockets(page);
  return {
    restore: () => {
      held = false;
    },
  };
}

/**
 * Holds the page's commands on their way to the service until `release` is called, so a test
 * can look at the page while the server has not yet answered.
 */
export async function holdCommands(
  page: Page,
): Promise<{ arrived: Promise<void>; release: () => Promise<void> }> {
  const pattern = /\/api\/v1\/sessions\/[^/]+\/commands$/;
  let release!: () => void;
  let arrive!: () => void;
  let passed!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const through = new Promise<void>((resolve) => (passed = resolve));
  await page.route(pattern, async (route) => {
    arrive();
    await gate;
    await route.continue();
    passed();
  });
  return {
    arrived,
    release: async () => {
      release();
      // Unrouting while the held request is still in the handler would settle it twice.
      await through;
      await page.unroute(pattern);
    },
  };
}

/** Waits until an element's text (trimmed) equals or matches `expected`; fails with what it saw. */
export async function waitForText(
  locator: Locator,
  expected: string | RegExp,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  const matches = (text: string) =>
    typeof expected === "string" ? text === expected : expected.test(text);
  await poll(
    async () => ((await locator.count()) > 0 ? (await locator.first().innerText()).trim() : null),
    (text) => text !== null && matches(text),
    `text of ${locator} to be ${String(expected)}`,
    timeoutMs,
  );
}

/** Waits until an element's attribute equals `expected`; fails with what it saw. */
export async function waitForAttribute(
  locator: Locator,
  name: string,
  expected: string,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  await poll(
    async () => ((await locator.count()) > 0 ? await locator.first().getAttribute(name) : null),
    (value) => value === expected,
    `${name} of ${locator} to be "${expected}"`,
    timeoutMs,
  );
}

/** Reads a value until `done` accepts it; fails after `timeoutMs` with the last value read. */
export async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
}

/** Saves a screenshot (the full page unless told) under `artifacts/screenshots/`; returns its path. */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** Closes the browser and with it every context it opened, even after a failed test. */
export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  await browser?.close();
}
