import type { Member } from "@council/core";
import { PROTOCOL_VERSION } from "@council/core";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import type { ApiClient } from "../api/api-client";
import { I18nContext } from "../i18n/i18n-context";
import { LiveStore } from "../live/live-store";
import { en } from "../messages/en";
import { cs } from "../messages/cs";
import { FakeFeed } from "../testing/fake-feed";
import { SessionScript, roster, sessionId } from "../testing/session-script";
import { SessionPage } from "./session-page";

const api: ApiClient = {
  me: () => Promise.reject(new Error("not used")),
  sessions: () => Promise.reject(new Error("not used")),
  sendCommand: () => Promise.reject(new Error("not used")),
};

function render(script: SessionScript, memberId: string, lang: "cs" | "en" = "cs"): string {
  const feed = new FakeFeed();
  const store = new LiveStore({ sessionId, url: "ws://test", connect: feed.connect });
  store.start();
  feed.last.open();
  feed.last.deliver({ type: "hello", protocol: PROTOCOL_VERSION });
  feed.last.deliver({ type: "snapshot", sessionId, seq: script.s.seq, state: script.s });
  const me = roster.find((m) => m.id === memberId) as Member;
  const i18n = { lang, t: lang === "cs" ? cs : en, setLang: () => undefined };
  const html = renderToString(
    <I18nContext.Provider value={i18n}>
      <FluentProvider theme={webLightTheme}>
        <SessionPage api={api} store={store} sessionId={sessionId} me={me} />
      </FluentProvider>
    </I18nContext.Provider>,
  );
  store.stop();
  return html;
}

function testIds(html: string): string[] {
  return [...html.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1]!);
}

describe("SessionPage", () => {
  it("gives a present member the ballot buttons and the floor request during a vote", () => {
    const script = SessionScript.discussing();
    script.run({ type: "open_vote" });

    const ids = testIds(render(script, "m1"));

    expect(ids).toEqual(
      expect.arrayContaining([
        "connection-state",
        "current-item",
        "vote-yes",
        "vote-no",
        "vote-abstain",
        "my-ballot",
        "tally-yes",
        "tally-no",
        "tally-abstain",
        "tally-not-voted",
        "speaker-current",
        "queue",
        "request-floor",
      ]),
    );
    expect(ids).not.toContain("close-vote");
    expect(ids).not.toContain("attendance");
  });

  it("gives the chair the session controls", () => {
    const script = SessionScript.discussing();
    script.run({ type: "request_floor" }, "m2");

    const ids = testIds(render(script, "chair"));

    expect(ids).toEqual(
      expect.arrayContaining([
        "chair-toolbar",
        "approve-agenda",
        "close-session",
        "open-vote",
        "end-item",
        "grant-next",
        "end-floor",
        "attendance",
        "attendance-m1-room",
      ]),
    );
  });

  it("shows the result with its explanation after the close, in the chosen language", () => {
    const script = SessionScript.discussing();
    script.run({ type: "open_vote" });
    script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "m1");
    script.run({ type: "close_vote", voteId: "vote-1" });

    const html = render(script, "m2", "en");

    expect(testIds(html)).toEqual(expect.arrayContaining(["result", "named-votes"]));
    expect(html).toContain("rejected: 1 yes of 5 members, 3 needed");
  });

  it("offers the chair the start of each pending item between items", () => {
    const script = SessionScript.discussing();
    script.run({ type: "end_item", itemId: "item-1" });

    const ids = testIds(render(script, "chair"));

    expect(ids).toContain("start-item-item-2");
    expect(ids).not.toContain("start-item-item-1");
  });
});
