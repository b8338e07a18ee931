/**
 * First useful paint of each view on loopback, in Chromium: the time from the start of navigation
 * until the frame in which the view's essentials are on screen (the session title and, per view,
 * the ballot, the seat map, the log ...), with the browser's own first contentful paint and the
 * wall-clock time of the whole load (a new renderer process included) beside it. Prints
 * figures, asserts nothing. Run after `npm run build -w tab`: `npx tsx tests/e2e/first-paint-bench.ts [runs]`.
 */
import type { Browser } from "playwright-core";
import { launchBrowser, liveUrl, tabUrl } from "./browser";
import type { TabQuery } from "./browser";
import type { DemoSession } from "./demo-session";
import { memberIds, startDemoSession } from "./demo-session";

interface BenchView {
  name: string;
  url: (demo: DemoSession) => string;
  viewport: { width: number; height: number };
  /** What must be visible for the view to be of use. */
  essential: string;
}

function signedIn(who: string, view?: TabQuery["view"]) {
  return (demo: DemoSession) =>
    tabUrl(demo.svc.url, demo.sessionId, demo.tokens[who]!, "cs", view ? { view } : {});
}

const benchViews: BenchView[] = [
  {
    name: "councillor",
    url: signedIn("m04"),
    viewport: { width: 320, height: 900 },
    essential: "vote-yes",
  },
  {
    name: "chair",
    url: signedIn("m01"),
    viewport: { width: 1280, height: 900 },
    essential: "close-vote",
  },
  {
    name: "clerk",
    url: signedIn("c01"),
    viewport: { width: 1280, height: 900 },
    essential: "log-1",
  },
  {
    name: "stage",
    url: signedIn("m06", "stage"),
    viewport: { width: 1920, height: 1080 },
    essential: "seat-map",
  },
  {
    name: "public",
    url: (d) => liveUrl(d.svc.url, d.sessionId),
    viewport: { width: 390, height: 844 },
    essential: "vote-panel",
  },
];

async function prepare(demo: DemoSession): Promise<void> {
  for (const id of memberIds(1, 21)) {
    await demo.command("c01", { type: "record_attendance", memberId: id, mode: "room" });
  }
  await demo.command("m01", { type: "open_session" });
  await demo.command("m01", { type: "start_item", itemId: "4" });
  await demo.command("m01", { type: "open_vote" });
  await demo.cast("vote-1", memberIds(5, 12), "yes");
}

/**
 * A script for the page, run before its own: notes the time (from the start of navigation) of
 * the first animation frame in which the essentials are in the document, as painted next. A
 * string, not a function, so no helper a TypeScript runner adds to functions reaches the page.
 */
function essentialsWatcher(testIds: string[]): string {
  const selectors = JSON.stringify(testIds.map((id) => `[data-testid="${id}"]`));
  return `(() => {
    const selectors = ${selectors};
    const check = () => {
      if (selectors.every((s) => document.querySelector(s))) window.__usefulAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

async function measure(browser: Browser, demo: DemoSession, view: BenchView) {
  const context = await browser.newContext({ viewport: view.viewport });
  await context.addInitScript(essentialsWatcher(["session-title", view.essential]));
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(view.url(demo));
  await page.getByTestId(view.essential).first().waitFor();
  const wall = Date.now() - started;
  const { useful, fcp } = await page.evaluate(() => ({
    useful: (window as unknown as { __usefulAt?: number }).__usefulAt ?? NaN,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
  }));
  await context.close();
  return { useful: Math.round(useful), fcp, wall };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const demo = await startDemoSession();
  const browser = await launchBrowser();
  try {
    await prepare(demo);
    console.log(`first useful paint on loopback, ${runs} runs per view (ms)`);
    console.log("view         useful median  useful min  first contentful paint  wall clock");
    for (const view of benchViews) {
      await measure(browser, demo, view);
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await measure(browser, demo, view));
      const useful = results.map((r) => r.useful);
      const fcp = results.map((r) => r.fcp);
      const wall = results.map((r) => r.wall);
      const cells = [median(useful), Math.min(...useful), Math.round(median(fcp)), median(wall)];
      console.log(
        `${view.name.padEnd(12)} ${cells.map((c, i) => String(c).padStart([13, 10, 22, 10][i]!)).join("  ")}`,
      );
    }
  } finally {
    await browser.close();
    await demo.svc.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
