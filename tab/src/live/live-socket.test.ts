import { liveFeedUrl } from "./live-socket";

describe("liveFeedUrl", () => {
  it("uses wss on an https page and ws on an http page, on the page's own host", () => {
    expect(liveFeedUrl({ protocol: "https:", host: "council.example:8443" })).toBe(
      "wss://council.example:8443/api/v1/live",
    );
    expect(liveFeedUrl({ protocol: "http:", host: "127.0.0.1:3978" })).toBe(
      "ws://127.0.0.1:3978/api/v1/live",
    );
  });
});
