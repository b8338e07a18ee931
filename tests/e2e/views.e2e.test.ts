import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { cs } from "../../tab/src/messages/cs";
import type { TabQuery, TabWindow } from "./browser";
import {
  closeBrowser,
  launchBrowser,
  liveUrl,
  openTab,
  overflow,
  poll,
  saveScreenshot,
  seriousAxeViolations,
  socketsOpened,
  tabUrl,
  waitForAttribute,
  waitForLive,
  waitForText,
} from "./browser";
import type { DemoSession } from "./demo-session";
import { memberIds, startDemoSession } from "./demo-session";
import type { ViewSpec } from "./view-specs";
import {
  DESKTOP,
  fitProblems,
  PHONE,
  SIDE_PANEL,
  STAGE,
  viewReady,
  views,
  viewUrl,
} from "./view-specs";

const TAB_INDEX = path.resolve(__dirname, "../../tab/dist/index.html");
describe("every view of the tab in Chromium", () => {
  let demo: DemoSession;
  let browser: Browser | undefined;
  const windows: TabWindow[] = [];
  let stage: TabWindow;

  beforeAll(async () => {
    if (!fs.existsSync(TAB_INDEX)) throw new Error("build the tab first: npm run build -w tab");
    demo = await startDemoSession();
    for (const [i, id] of memberIds(1, 21).entries()) {
      await demo.command("c01", {
        type: "record_attendance",
        memberId: id,
        mode: i % 4 ? "room" : "remote",
      });
    }
    await demo.command("m01", { type: "open_session" });
    await demo.command("m01", { type: "start_item", itemId: "1" });
    await demo.command("m01", { type: "open_vote", purpose: { kind: "approve_agenda" } });
    await demo.cast("vote-1", memberIds(1, 14), "yes");
    await demo.command("m01", { type: "close_vote", voteId: "vote-1" });
    await demo.command("m01", { type: "end_item", itemId: "1" });
    await demo.command("m01", { type: "start_item", itemId: "4" });
    await demo.command("m03", { type: "request_floor" });
    await demo.command("m05", { type: "request_floor", kind: "factual" });
    browser = await launchBrowser();
  }, 30_000);

  afterAll(async () => {
    try {
      await closeBrowser(browser);
    } finally {
      await demo?.svc.stop();
    }
  });

  afterEach(() => {
    const errors = windows.flatMap((w) => w.pageErrors.splice(0));
    expect(errors).toEqual([]);
  });

  const reached = new Set<string>();
  function startsAfter(step: string): void {
    if (!reached.has(step)) throw new Error(`not run: the earlier test "${step}" did not finish`);
  }

  async function open(url: string, viewport: ViewSpec["viewport"]): Promise<TabWindow> {
    if (!browser) throw new Error("the browser did not start");
    const tab = await openTab(browser, url, { viewport });
    windows.push(tab);
    return tab;
  }

  it("counts a speaker down on the stage by the server's clock, whatever the device's clock says", async () => {
    if (!browser) throw new Error("the browser did not start");
    const context = await browser.newContext({ viewport: STAGE });
    // This screen's clock runs 90 s ahead of the server's.
    await context.clock.install({ time: Date.now() + 90_000 });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    stage = { context, page, pageErrors };
    windows.push(stage);
    await page.goto(
      tabUrl(demo.svc.url, demo.sessionId, demo.tokens.m06!, "cs", { view: "stage" }),
    );
    await waitForLive(page);
    await waitForAttribute(page.getByTestId("stage-item"), "data-item", "4");
    await page.getByTestId("stage-idle").waitFor();

    await demo.command("m02", { type: "request_floor" });
    await demo.command("m01", { type: "grant_floor", memberId: "m02" });

    await waitForAttribute(page.getByTestId("stage-speaker"), "data-member", "m02");
    await poll(
      () => page.getByTestId("countdown-text").innerText(),
      (text) => /^4:(5\d)$|^5:00$/.test(text),
      "a countdown of nearly the full five minutes",
    );
    expect(await page.getByTestId("countdown").getAttribute("data-over")).toBe("false");
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await saveScreenshot(page, "stage-cs-default-speaker", { fullPage: false });
    reached.add("speaker");
  }, 20_000);

  it("shows a live tally and a seat map with a symbol and a name on every seat during a vote", async () => {
    startsAfter("speaker");
    const page = stage.page;
    await demo.command("m01", { type: "open_vote" });
    await demo.cast("vote-2", ["m02", "m03", "m05", "m08", "m09"], "yes");
    await demo.cast("vote-2", ["m10", "m11"], "no");
    await demo.cast("vote-2", ["m12"], "abstain");

    await waitForAttribute(page.getByTestId("stage-vote"), "data-vote", "vote-2");
    const seats = page.locator("[data-testid^=seat-m][data-ballot]");
    expect(await seats.count()).toBe(23);
    await waitForAttribute(page.getByTestId("seat-m02"), "data-ballot", "yes");
    await waitForAttribute(page.getByTestId("seat-m10"), "data-ballot", "no");
    await waitForAttribute(page.getByTestId("seat-m12"), "data-ballot", "abstain");
    await waitForAttribute(page.getByTestId("seat-m04"), "data-ballot", "pending");
    await waitForAttribute(page.getByTestId("seat-m23"), "data-ballot", "absent");
    expect(await page.getByTestId("seat-m10").getAttribute("aria-label")).toBe(
      `${demo.members.m10!.name} (${demo.members.m10!.group}): ${cs.memberBallot.no}`,
    );
    const symbols = await page.locator("[data-testid^=seat-m][data-ballot] path").count();
    expect(symbols).toBe(23);
    await waitForText(page.getByTestId("stage-count-yes"), /^5/);
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    reached.add("vote");
  }, 20_000);

  it("passes axe, names itself in the title and is photographed in Czech and English, light and dark", async () => {
    startsAfter("vote");
    const findings: string[] = [];
    for (const spec of views) {
      if (!browser) throw new Error("the browser did not start");
      const context = await browser.newContext({ viewport: spec.viewport });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      windows.push({ context, page, pageErrors });
      const combos: ["cs" | "en", TabQuery["theme"]][] = [
        ["cs", "default"],
        ["cs", "dark"],
        ["en", "default"],
        ["en", "dark"],
        ["cs", "contrast"],
      ];
      for (const [lang, theme] of combos) {
        await page.goto(viewUrl(demo, spec, lang, theme));
        await viewReady(demo, spec, page);
        await waitForAttribute(page.locator("[data-theme]"), "data-theme", theme!);
        await poll(
          () => page.title(),
          (title) => title.startsWith(spec.title[lang]),
          `the ${lang} title of ${spec.key}`,
        );
        for (const v of await seriousAxeViolations(page)) {
          findings.push(
            `${spec.key} ${lang} ${theme}: ${v.id} (${v.impact}) ${v.targets.join(", ")}`,
          );
        }
        await saveScreenshot(page, `${spec.key}-${lang}-${theme}`, {
          fullPage: spec.key !== "stage",
        });
      }
      findings.push(...(await fitProblems(spec, page)));
      await context.close();
    }
    expect(findings).toEqual([]);
    reached.add("screenshots");
  }, 120_000);

  it("shows the result with its explanation on the stage and with names on the public page", async () => {
    startsAfter("vote");
    await demo.command("m01", { type: "end_floor" });
    await demo.command("m01", { type: "close_vote", voteId: "vote-2" });
    const page = stage.page;

    await waitForAttribute(page.getByTestId("stage-result"), "data-vote", "vote-2");
    await waitForAttribute(page.getByTestId("stage-outcome"), "data-outcome", "rejected");
    await waitForText(
      page.getByTestId("stage-explanation"),
      /^nepřijato: 5 pro z 23 členů, potřeba 12/,
    );
    await waitForAttribute(page.getByTestId("seat-m04"), "data-ballot", "not_voting");
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await saveScreenshot(page, "stage-cs-default-result", { fullPage: false });

    const phone = await open(liveUrl(demo.svc.url, demo.sessionId), PHONE);
    const p = phone.page;
    expect(await p.evaluate(() => sessionStorage.length)).toBe(0);
    await waitForAttribute(p.getByTestId("agenda-item-4"), "aria-current", "true");
    const results = p.getByTestId("results").getByTestId("result");
    expect(await results.count()).toBe(2);
    await waitForAttribute(results.first(), "data-vote", "vote-2");
    await results.first().getByTestId("named-votes-toggle").click();
    await results.first().getByTestId("named-vote-m02").waitFor({ state: "visible" });
    expect(await results.first().getByTestId("named-vote-m10").getAttribute("data-ballot")).toBe(
      "no",
    );
    expect(await p.getByTestId("stream-link").count()).toBe(0);
    expect((await overflow(p)).x).toBe(0);
    reached.add("result");
  }, 20_000);

  it("lets a remote councillor report in, declare a conflict of interest and ask for a remark", async () => {
    startsAfter("result");
    const m22 = await open(tabUrl(demo.svc.url, demo.sessionId, demo.tokens.m22!), SIDE_PANEL);
    const p = m22.page;
    await waitForAttribute(p.getByTestId("my-attendance"), "data-mode", "");
    await p.getByTestId("i-am-here").click();
    await waitForAttribute(p.getByTestId("my-attendance"), "data-mode", "remote");

    await p.getByTestId("declare-conflict").click();
    await p.getByTestId("conflict-note").fill("Jednatel dodavatele");
    await p.getByTestId("conflict-confirm").click();
    await waitForText(p.getByTestId("conflict-declared"), new RegExp(cs.conflict.declaredMayVote));

    await p.getByTestId("request-technical").click();
    await waitForText(p.getByTestId("my-place"), "Jste 1. v pořadí (technická poznámka).");
    await p.getByTestId("withdraw-floor").click();
    await p.getByTestId("request-floor").waitFor();
    expect((await overflow(p)).x).toBe(0);
    reached.add("councillor");
  }, 20_000);

  it("keeps the clerk's log as it happens, filters it and links the chat log and exports", async () => {
    startsAfter("councillor");
    const clerk = await open(tabUrl(demo.svc.url, demo.sessionId, demo.tokens.c01!), DESKTOP);
    const p = clerk.page;
    const latest = p.getByTestId("event-log").locator("li").first();
    await waitForText(latest, /Přihláška do rozpravy stažena: Tereza Holubová/);

    await demo.command("m07", { type: "request_floor" });
    await waitForText(latest, /^\d\d:\d\d\s+Přihláška do rozpravy: Lukáš Němec \(příspěvek\)/);
    await p.getByTestId("log-filter-floor").uncheck();
    expect(await p.locator("[data-group=floor]").count()).toBe(0);
    expect(await p.locator("[data-group=votes]").count()).toBeGreaterThan(10);
    await p.getByTestId("log-filter-floor").check();
    expect(await p.locator("[data-group=floor]").count()).toBeGreaterThan(3);

    await waitForAttribute(p.getByTestId("chat-log"), "data-available", "true");
    const href = await p.getByTestId("export-minutes.html").getAttribute("href");
    expect(href).toBe(`/api/v1/sessions/${demo.sessionId}/export/minutes.html?lang=cs`);
    const minutes = await fetch(`${demo.svc.url}${href}`);
    expect(minutes.status).toBe(200);
    reached.add("clerk");
  }, 20_000);

  it("changes the approved agenda only by votes: withdraw, add and reorder", async () => {
    startsAfter("clerk");
    const chair = await open(tabUrl(demo.svc.url, demo.sessionId, demo.tokens.m01!), DESKTOP);
    const c = chair.page;
    const adopt = async (voteId: string) => {
      await waitForAttribute(c.getByTestId("vote-panel"), "data-vote", voteId);
      await demo.cast(voteId, memberIds(2, 14), "yes");
      await c.getByTestId("close-vote").click();
      await waitForAttribute(c.getByTestId("result"), "data-vote", voteId);
    };

    await c.getByTestId("withdraw-9").click();
    await adopt("vote-3");
    await waitForAttribute(c.getByTestId("agenda-item-9"), "data-status", "withdrawn");

    await c.getByTestId("add-item-toggle").click();
    await c.getByTestId("add-item-title").fill("Prodej pozemku p. č. 1234");
    await c.getByTestId("add-item-submit").click();
    await adopt("vote-4");
    await waitForAttribute(c.getByTestId("agenda-item-added-1"), "data-status", "pending");

    await c.getByTestId("move-down-5").click();
    await c.getByTestId("order-staged").waitFor();
    await c.getByTestId("reorder-vote").click();
    await adopt("vote-5");
    const order = await c
      .locator("[data-testid^=agenda-item-]")
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-testid")));
    expect(order.indexOf("agenda-item-6")).toBeLessThan(order.indexOf("agenda-item-5"));
    reached.add("agenda");
  }, 30_000);

  it("follows the device's dark and forced-colours settings on the public page without a reload", async () => {
    const phone = await open(liveUrl(demo.svc.url, demo.sessionId, "en"), PHONE);
    const p = phone.page;
    const background = () =>
      p.evaluate(() => getComputedStyle(document.querySelector("main")!).backgroundColor);
    await waitForAttribute(p.locator("[data-theme]"), "data-theme", "default");
    const light = await background();

    await p.emulateMedia({ colorScheme: "dark" });
    await waitForAttribute(p.locator("[data-theme]"), "data-theme", "dark");
    await poll(background, (bg) => bg !== light, "a dark background");
    await p.emulateMedia({ forcedColors: "active" });
    await waitForAttribute(p.locator("[data-theme]"), "data-theme", "contrast");
    await p.emulateMedia({ colorScheme: "light", forcedColors: "none" });
    await waitForAttribute(p.locator("[data-theme]"), "data-theme", "default");

    expect(await socketsOpened(p)).toBe(1);
  }, 20_000);

  it("warns the chair and every member when quorum is lost, and the chair closes the session", async () => {
    startsAfter("agenda");
    const chair = await open(tabUrl(demo.svc.url, demo.sessionId, demo.tokens.m01!), DESKTOP);
    const member = await open(tabUrl(demo.svc.url, demo.sessionId, demo.tokens.m04!), SIDE_PANEL);
    for (const id of memberIds(10, 21)) {
      await demo.command("c01", { type: "record_attendance", memberId: id, mode: "absent" });
    }
    await waitForText(member.page.getByTestId("quorum-lost"), new RegExp(cs.quorum.lostTitle));
    await waitForText(chair.page.getByTestId("quorum-lost"), new RegExp(cs.quorum.endInstruction));
    await waitForAttribute(chair.page.getByTestId("quorum-badge"), "data-met", "false");
    await saveScreenshot(chair.page, "chair-cs-default-quorum-lost", { fullPage: false });

    await chair.page.getByTestId("quorum-close-session").click();
    await waitForAttribute(member.page.getByTestId("session-status"), "data-status", "closed");
    await waitForAttribute(stage.page.locator("main"), "data-connection", "live");
  }, 20_000);
});
