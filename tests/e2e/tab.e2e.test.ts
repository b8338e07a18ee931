import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Member } from "@council/core";
import { czMunicipal } from "@council/core";
import { ensureDemoSession } from "../../bot/src/demo/ensure-demo-session";
import { DEMO_SESSION_ID } from "../../bot/src/demo/demo-files";
import { cs } from "../../tab/src/messages/cs";
import { en } from "../../tab/src/messages/en";
import { api, startTestService } from "../support/test-service";
import type { TestService } from "../support/test-service";
import type { TabWindow } from "./browser";
import {
  closeBrowser,
  cutLiveSockets,
  holdCommands,
  holdLiveFeed,
  launchBrowser,
  openTab,
  overflow,
  poll,
  saveScreenshot,
  socketsOpened,
  tabUrl,
  waitForAttribute,
  waitForText,
} from "./browser";
import { foreignStrings } from "./foreign-strings";

const SESSION = DEMO_SESSION_ID;
const TAB_INDEX = path.resolve(__dirname, "../../tab/dist/index.html");
const RULES_CS = czMunicipal.name.cs;
const RULES_EN = czMunicipal.name.en;

/** "m05".."m16" and the like: the demo roster's member ids. */
function memberIds(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `m${String(from + i).padStart(2, "0")}`);
}

describe("the tab in Chromium against the real service", () => {
  let svc: TestService | undefined;
  let browser: Browser | undefined;
  const windows: TabWindow[] = [];
  const tokens: Record<string, string> = {};
  const members: Record<string, Member> = {};
  // The windows the tests share, opened by the first test.
  let chair: TabWindow;
  let councillors: Record<"m02" | "m03" | "m04", TabWindow>;
  let everyone: TabWindow[];
  let english: { chair: TabWindow; member: TabWindow };

  beforeAll(async () => {
    // The service serves the built tab; without it every page would wait for nothing.
    if (!fs.existsSync(TAB_INDEX)) throw new Error("build the tab first: npm run build -w tab");
    svc = await startTestService();
    for (const link of await ensureDemoSession(svc.app, svc.url)) {
      tokens[link.member.id] = link.token;
      members[link.member.id] = link.member;
    }
    browser = await launchBrowser();
  }, 20_000);

  afterAll(async () => {
    try {
      await closeBrowser(browser);
    } finally {
      await svc?.stop();
    }
  });

  // The tests walk one session forward; a test whose starting point was not reached says so
  // instead of failing somewhere confusing.
  const reached = new Set<string>();
  function startsAfter(step: string): void {
    if (!reached.has(step)) throw new Error(`not run: the earlier test "${step}" did not finish`);
  }

  afterEach(() => {
    const errors = windows.flatMap((w) => w.pageErrors.splice(0));
    expect(errors).toEqual([]);
  });

  async function open(
    memberId: string,
    options: { lang?: "cs" | "en"; width?: number } = {},
  ): Promise<TabWindow> {
    if (!browser || !svc) throw new Error("the browser or the service did not start");
    const url = tabUrl(svc.url, SESSION, tokens[memberId]!, options.lang);
    const viewport = options.width ? { width: options.width, height: 900 } : undefined;
    const tab = await openTab(browser, url, { viewport });
    windows.push(tab);
    return tab;
  }

  /** A command through the HTTP API, as another client (the bot, a second device) sends it. */
  async function command(memberId: string, body: Record<string, unknown>): Promise<void> {
    const route = `/api/v1/sessions/${SESSION}/commands`;
    const res = await api(svc!.url, "POST", route, { token: tokens[memberId], body });
    if (res.status !== 200) {
      throw new Error(
        `${memberId} ${String(body.type)}: ${res.status} ${JSON.stringify(res.body)}`,
      );
    }
  }

  async function onEvery(tabs: TabWindow[], check: (page: Page) => Promise<void>): Promise<void> {
    await Promise.all(tabs.map((t) => check(t.page)));
  }

  async function tallyIs(page: Page, yes: number, no: number, abstain: number): Promise<void> {
    await waitForText(page.getByTestId("tally-yes"), String(yes));
    await waitForText(page.getByTestId("tally-no"), String(no));
    await waitForText(page.getByTestId("tally-abstain"), String(abstain));
  }

  it("keeps a chair and three councillors in step from the roll call through a vote to the floor", async () => {
    for (const [i, id] of memberIds(1, 20).entries()) {
      await command("c01", {
        type: "record_attendance",
        memberId: id,
        mode: i % 4 ? "room" : "remote",
      });
    }
    chair = await open("m01");
    const [m02, m03, m04] = await Promise.all([open("m02"), open("m03"), open("m04")]);
    councillors = { m02, m03, m04 };
    everyone = [chair, m02, m03, m04];
    const c = chair.page;

    // The last attendance goes through the chair's roll call.
    // A click, not check(): the radio follows the server, so it changes only once the command is committed.
    await c.getByTestId("attendance-m21-remote").click();
    await waitForAttribute(c.getByTestId("attendance-m21"), "data-mode", "remote");
    await onEvery(everyone, (p) =>
      waitForText(
        p.getByTestId("quorum-line"),
        "Přítomno 21 z 23 členů, k usnášeníschopnosti je třeba 12 členů",
      ),
    );

    await c.getByTestId("open-session").click();
    await onEvery(everyone, (p) =>
      waitForAttribute(p.getByTestId("session-status"), "data-status", "open"),
    );
    await c.getByTestId("start-item-1").click();
    await onEvery(everyone, (p) =>
      waitForAttribute(p.getByTestId("current-item"), "data-item", "1"),
    );

    // Under cz-municipal the agenda is approved by a vote, opened within the started item.
    await c.getByTestId("approve-agenda").click();
    await onEvery(everyone, (p) =>
      waitForAttribute(p.getByTestId("vote-panel"), "data-vote", "vote-1"),
    );
    await waitForText(
      m02.page.getByTestId("vote-panel").locator("h2"),
      "Hlasování č. 1: schválení programu",
    );

    // "My ballot" waits for the server: nothing is marked while the command is on its way.
    const held = await holdCommands(m02.page);
    await m02.page.getByTestId("vote-yes").click();
    await held.arrived;
    expect(await m02.page.getByTestId("vote-yes").isDisabled()).toBe(true);
    expect(await m02.page.getByTestId("my-ballot").getAttribute("data-choice")).toBe("");
    expect(await m02.page.getByTestId("my-ballot").innerText()).toBe(
      "Váš hlas zatím není odevzdán.",
    );
    await m02.page.getByTestId("ballot-sending").waitFor();
    await held.release();
    await waitForAttribute(m02.page.getByTestId("my-ballot"), "data-choice", "yes");
    await waitForText(m02.page.getByTestId("my-ballot"), "Váš hlas: pro");

    await m03.page.getByTestId("vote-yes").click();
    await m04.page.getByTestId("vote-no").click();
    await waitForAttribute(m03.page.getByTestId("my-ballot"), "data-choice", "yes");
    await waitForAttribute(m04.page.getByTestId("my-ballot"), "data-choice", "no");
    await onEvery(everyone, (p) => tallyIs(p, 2, 1, 0));
    // A confirmed ballot leaves no button for a second one (ballots cannot change here).
    expect(await m02.page.getByTestId("vote-no").count()).toBe(0);

    for (const id of memberIds(5, 15))
      await command(id, { type: "cast_ballot", voteId: "vote-1", choice: "yes" });
    await command("m16", { type: "cast_ballot", voteId: "vote-1", choice: "abstain" });
    await onEvery(everyone, async (p) => {
      await tallyIs(p, 13, 1, 1);
      await waitForText(p.getByTestId("tally-not-voted"), "6");
      await waitForText(p.getByTestId("tally-needed"), "12");
    });

    await c.getByTestId("close-vote").click();
    await onEvery(everyone, async (p) => {
      await waitForAttribute(p.getByTestId("result"), "data-outcome", "adopted");
      await waitForText(
        p.getByTestId("result-explanation"),
        `přijato: 13 pro z 23 členů, potřeba 12 (${RULES_CS})`,
      );
      await waitForAttribute(p.getByTestId("agenda-approved"), "data-approved", "true");
      expect(await p.getByTestId("vote-panel").count()).toBe(0);
    });

    // The floor: two requests, places in the queue, the chair grants and ends.
    await m02.page.getByTestId("request-floor").click();
    await waitForText(m02.page.getByTestId("my-place"), "Jste 1. v pořadí (příspěvek).");
    await m03.page.getByTestId("request-floor").click();
    await waitForText(m03.page.getByTestId("my-place"), "Jste 2. v pořadí (příspěvek).");
    await c.getByTestId("queue-item-m03").waitFor();
    await c.getByTestId("grant-next").click();
    await onEvery(everyone, async (p) => {
      await waitForAttribute(p.getByTestId("speaker-current"), "data-member", "m02");
      await waitForText(p.getByTestId("speaker-current"), /Petra Dvořáková/);
    });
    await waitForText(m03.page.getByTestId("my-place"), "Jste 1. v pořadí (příspěvek).");
    await c.getByTestId("end-floor").click();
    await onEvery(everyone, async (p) => {
      await waitForAttribute(p.getByTestId("speaker-current"), "data-member", "");
      await waitForText(p.getByTestId("speaker-current"), /Nikdo nemá slovo\./);
    });
    reached.add("roll call, vote and floor");
  }, 40_000);

  it("speaks English with &lang=en, down to the explanation of the result", async () => {
    startsAfter("roll call, vote and floor");
    const [member, chairEn] = await Promise.all([
      open("m05", { lang: "en" }),
      open("m01", { lang: "en" }),
    ]);
    english = { chair: chairEn, member: member };
    const p = member.page;

    expect(await p.evaluate(() => document.documentElement.lang)).toBe("en");
    await waitForText(p.getByTestId("signed-in"), `Signed in: ${members.m05!.name}`);
    await waitForText(p.getByTestId("connection-state"), "Live");
    expect(await p.title()).toMatch(/^My panel – /);
    await waitForText(p.getByTestId("session-status"), "In session");
    await waitForText(p.getByTestId("agenda-approved"), "Agenda approved");
    await waitForText(p.getByTestId("result-outcome"), "Adopted");
    await waitForText(
      p.getByTestId("result-explanation"),
      `adopted: 13 yes of 23 members, 12 needed (${RULES_EN})`,
    );
    await waitForText(chairEn.page.getByTestId("chair-toolbar"), /Close session/);

    // No fixed Czech label on the English pages, nor an English one on a Czech page.
    const data = JSON.stringify((await api(svc!.url, "GET", `/api/v1/sessions/${SESSION}`)).body);
    for (const tab of [member, chairEn]) {
      expect(foreignStrings(await tab.page.innerText("body"), cs, en, data)).toEqual([]);
    }
    const czech = await councillors.m02.page.innerText("body");
    expect(foreignStrings(czech, en, cs, data)).toEqual([]);
    expect(foreignStrings(await chair.page.innerText("body"), en, cs, data)).toEqual([]);
    // The same check finds the Czech labels on a Czech page, so its silence above means something.
    expect(foreignStrings(czech, cs, en, data).length).toBeGreaterThan(10);
    reached.add("English");
  }, 20_000);

  it("shows the reconnecting state when the feed drops mid-vote and then the right counts, none twice", async () => {
    startsAfter("roll call, vote and floor");
    const m04 = councillors.m04.page;
    await command("m01", { type: "end_item", itemId: "1" });
    await command("m01", { type: "start_item", itemId: "2" });
    await command("m01", { type: "open_vote" });
    await onEvery(everyone, (p) =>
      waitForAttribute(p.getByTestId("vote-panel"), "data-vote", "vote-2"),
    );
    await councillors.m02.page.getByTestId("vote-yes").click();
    await onEvery(everyone, (p) => tallyIs(p, 1, 0, 0));

    await councillors.m04.context.setOffline(true);
    expect(await cutLiveSockets(m04)).toBe(1);
    await waitForAttribute(m04.getByTestId("connection-state"), "data-state", "reconnecting");
    await waitForText(m04.getByTestId("connection-state"), "Obnovuji spojení…");
    // The page keeps trying while offline, and those attempts fail.
    await poll(
      () => socketsOpened(m04),
      (n) => n >= 3,
      "two failed reconnect attempts",
    );

    await command("m05", { type: "cast_ballot", voteId: "vote-2", choice: "yes" });
    await command("m06", { type: "cast_ballot", voteId: "vote-2", choice: "no" });
    await command("m07", { type: "cast_ballot", voteId: "vote-2", choice: "abstain" });
    await command("m08", { type: "cast_ballot", voteId: "vote-2", choice: "yes" });
    await tallyIs(chair.page, 3, 1, 1);
    // The dropped page has seen none of it yet.
    expect(await m04.getByTestId("tally-yes").innerText()).toBe("1");
    expect(await m04.getByTestId("connection-state").getAttribute("data-state")).toBe(
      "reconnecting",
    );

    await councillors.m04.context.setOffline(false);
    await waitForAttribute(m04.getByTestId("connection-state"), "data-state", "live", 10_000);
    await tallyIs(m04, 3, 1, 1);
    await waitForText(m04.getByTestId("tally-not-voted"), "16");

    // One more ballot of its own after the resume counts exactly once everywhere.
    await m04.getByTestId("vote-abstain").click();
    await onEvery(everyone, (p) => tallyIs(p, 3, 1, 2));
    await command("m01", { type: "close_vote", voteId: "vote-2" });
    await onEvery(everyone, async (p) => {
      await waitForAttribute(p.getByTestId("result"), "data-vote", "vote-2");
      await waitForText(
        p.getByTestId("result-counts"),
        "pro 3, proti 1, zdrželo se 2, nehlasovalo 15, chybělo 2",
      );
      await waitForText(
        p.getByTestId("result-explanation"),
        `nepřijato: 3 pro z 23 členů, potřeba 12 (${RULES_CS})`,
      );
    });
    expect(await m04.getByTestId("named-votes").locator("[data-ballot=abstain]").count()).toBe(2);
    reached.add("reconnect");
  }, 30_000);

  it("refuses a second ballot from another device with a clear already_voted message", async () => {
    startsAfter("reconnect");
    const m03 = councillors.m03.page;
    await chair.page.getByTestId("vote-kind-test").check();
    await chair.page.getByTestId("open-vote").click();
    await onEvery(everyone, (p) =>
      waitForAttribute(p.getByTestId("vote-panel"), "data-vote", "vote-3"),
    );

    // The councillor votes in the Teams chat while this page has not heard of it yet.
    const feed = await holdLiveFeed(m03);
    await waitForAttribute(m03.getByTestId("connection-state"), "data-state", "reconnecting");
    await command("m03", { type: "cast_ballot", voteId: "vote-3", choice: "yes" });
    await m03.getByTestId("vote-no").click();
    await waitForAttribute(m03.getByTestId("command-error"), "data-code", "already_voted");
    await waitForText(
      m03.getByTestId("command-error"),
      /Váš hlas v tomto hlasování už je zapsán\./,
    );
    // The refusal shows right under the ballot buttons and is read out.
    const buttons = await m03.getByTestId("vote-no").boundingBox();
    const refusal = await m03.getByTestId("command-error").boundingBox();
    expect(refusal!.y - (buttons!.y + buttons!.height)).toBeLessThan(40);
    await waitForText(
      m03.getByTestId("refusal-announcer"),
      /Váš hlas v tomto hlasování už je zapsán\./,
    );
    await waitForText(m03.getByTestId("vote-motion"), "Zkušební hlasování");
    await waitForText(english.member.page.getByTestId("vote-motion"), "Test vote");
    expect(await m03.getByTestId("my-ballot").getAttribute("data-choice")).toBe("");
    const shot = await saveScreenshot(m03, "councillor-cs-already-voted", { fullPage: false });
    console.log(`screenshot: ${shot}`);

    feed.restore();
    await waitForAttribute(m03.getByTestId("connection-state"), "data-state", "live", 10_000);
    await waitForAttribute(m03.getByTestId("my-ballot"), "data-choice", "yes");
    expect(await m03.getByTestId("vote-no").count()).toBe(0);
    await onEvery(everyone, (p) => tallyIs(p, 1, 0, 0));
    reached.add("refusal");
  }, 20_000);

  it("saves screenshots of the chair and a councillor, in Czech and English, and at 320 px", async () => {
    startsAfter("English");
    startsAfter("refusal");
    await command("m04", { type: "request_floor" });
    await command("m06", { type: "cast_ballot", voteId: "vote-3", choice: "no" });
    const narrow = await open("m07", { width: 320 });
    // A chair in a meeting's side panel gets the console at 320 px.
    const narrowChair = await open("m01", { width: 320 });
    const views: Array<[TabWindow, string]> = [
      [chair, "chair-cs"],
      [councillors.m02, "councillor-cs"],
      [narrow, "councillor-cs-320"],
      [narrowChair, "chair-cs-320"],
      [english.chair, "chair-en"],
      [english.member, "councillor-en"],
    ];
    for (const [tab] of views) await tallyIs(tab.page, 1, 1, 0);
    const paths: string[] = [];
    for (const [tab, name] of views) paths.push(await saveScreenshot(tab.page, name));
    console.log(`screenshots:\n${paths.join("\n")}`);
    for (const tab of [narrow, narrowChair]) expect((await overflow(tab.page)).x).toBe(0);
  }, 20_000);
});
