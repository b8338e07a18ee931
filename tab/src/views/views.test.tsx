import { SessionScript } from "../testing/session-script";
import { renderView, testIds } from "../testing/render-view";
import { AgendaView } from "./agenda-view";
import { ChairView } from "./chair-view";
import { ClerkView } from "./clerk-view";
import { CouncillorView } from "./councillor-view";
import { StageView } from "./stage-view";

/** window and document as far as the views touch them while rendering on the server. */
beforeAll(() => {
  Object.assign(globalThis, {
    window: { location: { search: "", origin: "http://test" } },
    document: { title: "" },
  });
});

afterAll(() => {
  Reflect.deleteProperty(globalThis, "window");
  Reflect.deleteProperty(globalThis, "document");
});

function votingScript(): SessionScript {
  const script = SessionScript.discussing();
  script.run({ type: "request_floor" }, "m2");
  script.run({ type: "open_vote" });
  return script;
}

describe("the councillor's side panel", () => {
  it("puts the ballot first during a vote, then the item, the floor and the agenda", () => {
    const ids = testIds(renderView(CouncillorView, "councillor", votingScript(), "m1"));

    expect(ids).toEqual(
      expect.arrayContaining(["vote-yes", "vote-no", "vote-abstain", "my-ballot", "tally-yes"]),
    );
    expect(ids.indexOf("vote-yes")).toBeLessThan(ids.indexOf("current-item"));
    expect(ids.indexOf("current-item")).toBeLessThan(ids.indexOf("floor"));
    expect(ids.indexOf("floor")).toBeLessThan(ids.indexOf("agenda"));
    expect(ids).toContain("declare-conflict");
    expect(ids).not.toContain("close-vote");
  });

  it("offers an absent member the remote “I am here” and no ballot, saying why", () => {
    const html = renderView(CouncillorView, "councillor", votingScript(), "m4");

    expect(testIds(html)).toEqual(expect.arrayContaining(["i-am-here", "ballot-bar"]));
    expect(testIds(html)).not.toContain("vote-yes");
    expect(testIds(html)).not.toContain("request-floor");
    expect(html).toContain("Nehlasujete: vaše přítomnost není zapsána.");
  });

  it("shows the agenda's own item numbers, not list positions", () => {
    const html = renderView(CouncillorView, "councillor", votingScript(), "m1");

    expect(html).toMatch(/data-testid="agenda-number-item-1"[^>]*><\/span>/);
  });
});

describe("the chair's console", () => {
  it("has the session, vote, floor, attendance and agenda controls", () => {
    const script = SessionScript.discussing();
    script.run({ type: "request_floor" }, "m2");

    const ids = testIds(renderView(ChairView, "chair", script, "chair"));

    expect(ids).toEqual(
      expect.arrayContaining([
        "chair-toolbar",
        "approve-agenda",
        "close-session",
        "vote-opener",
        "open-vote",
        "end-item",
        "grant-next",
        "grant-m2",
        "remove-request-m2",
        "attendance",
        "attendance-summary",
        "move-up-item-2",
        "withdraw-item-2",
      ]),
    );
  });

  it("gives the close-session way out beside a lost quorum", () => {
    const script = SessionScript.discussing();
    script.run({ type: "record_attendance", memberId: "m1", mode: "absent" });
    script.run({ type: "record_attendance", memberId: "m2", mode: "absent" });

    const ids = testIds(renderView(ChairView, "chair", script, "chair"));

    expect(ids).toEqual(expect.arrayContaining(["quorum-lost", "quorum-close-session"]));
  });
});

describe("the stage, the clerk's view and the agenda tab", () => {
  it("shows the stage's seat map with every seat during a vote", () => {
    const html = renderView(StageView, "stage", votingScript(), "m3", "en");

    expect(testIds(html)).toEqual(
      expect.arrayContaining(["stage-vote", "seat-map", "stage-tally"]),
    );
    expect(html.match(/data-testid="seat-(chair|m\d)"/g)).toHaveLength(5);
    expect(html).toContain("Vote no. 1: draft resolution");
  });

  it("gives the clerk the log filters, the roll call and the exports", () => {
    const ids = testIds(renderView(ClerkView, "clerk", votingScript(), "clerk"));

    expect(ids).toEqual(
      expect.arrayContaining([
        "event-log",
        "log-filter-votes",
        "attendance",
        "chat-log",
        "exports",
      ]),
    );
  });

  it("shows the agenda tab read-only: no ballot, no chair controls", () => {
    const ids = testIds(renderView(AgendaView, "agenda", votingScript(), "m1"));

    expect(ids).toEqual(expect.arrayContaining(["vote-panel", "floor", "agenda", "results"]));
    expect(ids).not.toContain("vote-yes");
    expect(ids).not.toContain("grant-next");
  });
});
