import type { Member } from "@council/core";
import { PROTOCOL_VERSION } from "@council/core";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import type { ApiClient } from "../api/api-client";
import type { Lang } from "../i18n/lang";
import { I18nContext } from "../i18n/i18n-context";
import { LiveStore } from "../live/live-store";
import { cs } from "../messages/cs";
import { en } from "../messages/en";
import type { ViewName } from "../routing/view-name";
import { viewsFor } from "../routing/view-name";
import { webHost } from "../teams/teams-context";
import type { ViewContext } from "../views/view-context";
import { FakeFeed } from "./fake-feed";
import type { SessionScript } from "./session-script";
import { roster, sessionId } from "./session-script";

/** An API that must not be called while rendering. */
export const unusedApi: ApiClient = {
  me: () => Promise.reject(new Error("not used")),
  sessions: () => Promise.reject(new Error("not used")),
  sendCommand: () => Promise.reject(new Error("not used")),
  events: () => Promise.resolve([]),
  chatLog: () => Promise.resolve(undefined),
  broadcast: () => Promise.resolve(undefined),
  boundSession: () => Promise.resolve(undefined),
  bindChat: () => Promise.reject(new Error("not used")),
  createSession: () => Promise.reject(new Error("not used")),
};

/**
 * Renders a view to HTML as a member sees it, with a live store that holds the script's state
 * (delivered through a fake feed, as the server would), in Czech unless told.
 */
export function renderView(
  View: ComponentType<{ ctx: ViewContext }>,
  view: ViewName,
  script: SessionScript,
  memberId: string,
  lang: Lang = "cs",
): string {
  const feed = new FakeFeed();
  const store = new LiveStore({ sessionId, url: "ws://test", connect: feed.connect });
  store.start();
  feed.last.open();
  feed.last.deliver({ type: "hello", protocol: PROTOCOL_VERSION });
  feed.last.deliver({ type: "snapshot", sessionId, seq: script.s.seq, state: script.s });
  const me = roster.find((m) => m.id === memberId) as Member;
  const ctx: ViewContext = {
    api: unusedApi,
    store,
    sessionId,
    me,
    host: webHost,
    view,
    views: viewsFor(me.role),
    navigate: () => undefined,
  };
  const i18n = { lang, t: lang === "cs" ? cs : en, setLang: () => undefined };
  const html = renderToString(
    <I18nContext.Provider value={i18n}>
      <FluentProvider theme={webLightTheme}>
        <View ctx={ctx} />
      </FluentProvider>
    </I18nContext.Provider>,
  );
  store.stop();
  return html;
}

/** The test ids in rendered HTML, in document order. */
export function testIds(html: string): string[] {
  return [...html.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1]!);
}
