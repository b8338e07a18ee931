import { parseBroadcastStatus, safeHttpUrl } from "./broadcast-status";

describe("parseBroadcastStatus", () => {
  it("reads the switcher's link as the service reports it", () => {
    const body = {
      status: { switcher: "vmix", link: "reconnecting", queueLength: 3, dropped: 0 },
      chapters: null,
    };

    expect(parseBroadcastStatus(body)).toEqual({
      link: "reconnecting",
      switcher: "vmix",
      queued: 3,
      streamUrl: undefined,
    });
  });

  it("calls a disconnected switcher down and an unknown link unknown", () => {
    expect(parseBroadcastStatus({ status: { link: "disconnected" } })?.link).toBe("down");
    expect(parseBroadcastStatus({ status: {} })?.link).toBe("unknown");
    expect(parseBroadcastStatus(undefined)).toBeUndefined();
  });

  it("links only to an http(s) stream", () => {
    expect(safeHttpUrl("https://youtube.example/live")).toBe("https://youtube.example/live");
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeHttpUrl("/relative")).toBeUndefined();
  });
});
