import { livePath, parseRoute, viewHref } from "./route";
import { chooseView, defaultView } from "./view-name";

describe("parseRoute", () => {
  it("reads the public live page with its session id", () => {
    expect(parseRoute("/live/cercany-2020", "")).toEqual({
      kind: "live",
      sessionId: "cercany-2020",
    });
    expect(parseRoute("/live/a%20b/", "?lang=en")).toEqual({ kind: "live", sessionId: "a b" });
  });

  it("reads the configuration page", () => {
    expect(parseRoute("/config", "")).toEqual({ kind: "config" });
  });

  it("reads the view and session of the tab and ignores an unknown view", () => {
    expect(parseRoute("/", "?view=stage&session=s-1")).toEqual({
      kind: "tab",
      view: "stage",
      sessionId: "s-1",
    });
    expect(parseRoute("/", "?view=admin")).toEqual({ kind: "tab" });
    expect(parseRoute("/index.html", "")).toEqual({ kind: "tab" });
  });

  it("builds view and live addresses that parse back", () => {
    const href = viewHref("clerk", "?session=s-1&lang=en&view=chair");
    const url = new URL(href, "http://x");

    expect(parseRoute(url.pathname, url.search)).toEqual({
      kind: "tab",
      view: "clerk",
      sessionId: "s-1",
    });
    expect(url.searchParams.get("lang")).toBe("en");
    expect(livePath("s 1")).toBe("/live/s%201");
  });
});

describe("choosing the view", () => {
  it("follows the Teams frame: stage on the meeting stage, agenda in a chat or details tab", () => {
    expect(defaultView("member", "meetingStage")).toBe("stage");
    expect(defaultView("chair", "content")).toBe("agenda");
  });

  it("gives the side panel and a plain page the view of the role", () => {
    expect(defaultView("member", "sidePanel")).toBe("councillor");
    expect(defaultView("chair", "sidePanel")).toBe("chair");
    expect(defaultView("clerk", undefined)).toBe("clerk");
  });

  it("opens an asked view only when the role may have it", () => {
    expect(chooseView("member", "chair")).toBe("councillor");
    expect(chooseView("member", "stage")).toBe("stage");
    expect(chooseView("clerk", "councillor")).toBe("clerk");
    expect(chooseView("chair", "clerk", "sidePanel")).toBe("clerk");
  });
});
