import fs from "node:fs";
import path from "node:path";
import Fastify from "fastify";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { LiveFeed } from "../../live/live-feed";
import { CouncilRun, SESSION_ID, members } from "../director/broadcast-session.fixture";
import { registerOverlayRoutes } from "./register-overlay-routes";

/*
 * The overlay page in Chromium, as a vMix or OBS browser input loads it: served by the
 * service, fed by the real live feed, transparent around the graphic.
 */

const SCREENSHOTS = path.resolve(__dirname, "../../../../artifacts/screenshots");
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
];

/** A member whose club name carries markup: the page must show it as text. */
const roster = members.map((m) =>
  m.id === "m4" ? { ...m, group: `<img src=x onerror="document.title='hacked'"> & spol.` } : m,
);

describe("the overlay page in Chromium", () => {
  let browser: Browser;
  let app: FastifyInstance;
  let live: LiveFeed;
  let run: CouncilRun;
  let base: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    run = new CouncilRun();
    await run.open(roster);
    await run.run({ type: "start_item", itemId: "item-2" });
    live = new LiveFeed(run.sessions, pino({ level: "silent" }));
    app = Fastify();
    registerOverlayRoutes(app, { livePath: "/api/v1/live", resultHoldSeconds: 1 });
    app.server.on("upgrade", (req, socket, head) => live.handleUpgrade(req, socket, head));
    base = await app.listen({ host: "127.0.0.1", port: 0 });
  });

  afterEach(async () => {
    live.close();
    await app.close();
  });

  async function open(slot: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${base}/overlay/${slot}?session=${SESSION_ID}`);
    await page.waitForSelector('body[data-state="live"]');
    return page;
  }

  it("shows the speaker's lower third after a floor grant, on a transparent page", async () => {
    const page = await open("speaker");
    expect(await page.getAttribute("body", "data-shown")).toBe("false");

    await run.speak("m2");
    await page.waitForSelector('body[data-shown="true"]');
    await page.waitForTimeout(500);

    expect(await page.locator('[data-field="name"]').innerText()).toBe("Mgr. Petr Dvořák, Ph.D.");
    expect(await page.locator('[data-field="group"]').innerText()).toBe("ODS & TOP 09");
    expect(await page.locator('[data-field="role"]').innerText()).toBe("člen zastupitelstva");
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, "overlay-speaker.png");
    await page.screenshot({ path: file, omitBackground: true });
    const png = PNG.sync.read(fs.readFileSync(file));
    expect(alphaAt(png, 5, 5)).toBe(0);
    expect(alphaAt(png, 1270, 10)).toBe(0);
    expect(alphaAt(png, 100, 600)).toBeGreaterThan(200);

    await run.run({ type: "end_floor" });
    await page.waitForSelector('body[data-shown="false"]');
    await page.close();
  });

  it("shows markup in a name as text", async () => {
    const page = await open("speaker");

    await run.speak("m4");
    await page.waitForSelector('body[data-shown="true"]');

    expect(await page.locator('[data-field="group"]').innerText()).toContain("<img src=x");
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.title()).not.toBe("hacked");
    await page.close();
  });

  it("follows a vote from the live tally to the result, then takes it off", async () => {
    const page = await open("voteResult");
    await run.run({ type: "open_vote" });
    const voteId = run.sessions.get(SESSION_ID)?.currentVoteId as string;
    await page.waitForSelector('body[data-shown="true"]');
    expect(await page.locator('[data-field="result"]').innerText()).toBe("HLASUJE SE");

    for (const memberId of ["m1", "m2", "m3"]) {
      await run.run({ type: "cast_ballot", voteId, choice: "yes" }, { kind: "member", memberId });
    }
    await page.waitForFunction("document.querySelector('[data-field=yes]').textContent === '3'");
    await run.run({ type: "close_vote", voteId });
    await page.waitForSelector('[data-tone="adopted"]');
    expect(await page.locator('[data-field="result"]').innerText()).toBe("PŘIJATO");
    await page.waitForTimeout(400);
    await page.screenshot({
      path: path.join(SCREENSHOTS, "overlay-vote-result.png"),
      omitBackground: true,
    });

    await page.waitForSelector('body[data-shown="false"]', { timeout: 3000 });
    await page.close();
  });

  it("reconnects by itself and catches up with what it missed", async () => {
    const page = await open("agendaItem");
    expect(await page.locator('[data-field="title"]').innerText()).toBe(
      "Rozpočet města na rok 2025",
    );

    live.close();
    await page.waitForSelector('body[data-state="reconnecting"]');
    live = new LiveFeed(run.sessions, pino({ level: "silent" }));
    app.server.removeAllListeners("upgrade");
    app.server.on("upgrade", (req, socket, head) => live.handleUpgrade(req, socket, head));
    await run.run({ type: "end_item", itemId: "item-2" });
    await run.run({ type: "start_item", itemId: "item-3" });

    await page.waitForFunction(
      "document.querySelector('[data-field=title]').textContent === 'Různé'",
      undefined,
      { timeout: 5000 },
    );
    expect(await page.locator('[data-field="number"]').innerText()).toBe("3");
    await page.close();
  });
});

function alphaAt(png: PNG, x: number, y: number): number {
  return png.data[(png.width * y + x) * 4 + 3] ?? -1;
}
