import { LocalConnector } from "./local-connector";

let connector: LocalConnector;

beforeEach(async () => {
  connector = await LocalConnector.start();
});

afterEach(async () => {
  await connector.stop();
});

function call(method: string, path: string, body?: unknown) {
  return fetch(new URL(path, connector.serviceUrl), {
    method,
    headers: { "content-type": "application/json", authorization: "Bearer test" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe("LocalConnector", () => {
  it("listens on loopback at a free port", () => {
    expect(connector.serviceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("answers a post with a fresh activity id and records the call", async () => {
    const first = await call("POST", "/v3/conversations/19%3Aabc%40thread.v2/activities", {
      text: "a",
    });
    const second = await call("POST", "/v3/conversations/19%3Aabc%40thread.v2/activities", {
      text: "b",
    });

    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ id: "1:activity-1" });
    expect(await second.json()).toEqual({ id: "1:activity-2" });
    expect(connector.posts()).toEqual([
      expect.objectContaining({ method: "POST", body: { text: "a" }, status: 201 }),
      expect.objectContaining({ method: "POST", body: { text: "b" }, status: 201 }),
    ]);
    expect(connector.calls[0]!.headers.authorization).toBe("Bearer test");
  });

  it("accepts an update of an activity in place", async () => {
    const response = await call("PUT", "/v3/conversations/c1/activities/1%3Aactivity-1", {
      text: "new",
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: "1:activity-1" });
    expect(connector.updates()).toHaveLength(1);
  });

  it("fails the next calls as told, with Retry-After, then recovers", async () => {
    connector.failNext(2, { status: 429, retryAfterSeconds: 3 });
    connector.failNext(1, { status: 503 });

    const statuses: number[] = [];
    const retryAfter: (string | null)[] = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await call("POST", "/v3/conversations/c1/activities", {});
      statuses.push(response.status);
      retryAfter.push(response.headers.get("retry-after"));
    }

    expect(statuses).toEqual([429, 429, 503, 201]);
    expect(retryAfter).toEqual(["3", "3", null, null]);
    expect(connector.calls).toHaveLength(4);
    expect(connector.posts()).toHaveLength(1);
  });

  it("answers 404 to routes the Bot Connector does not have", async () => {
    const response = await call("GET", "/v3/conversations/c1/members");

    expect(response.status).toBe(404);
  });
});
