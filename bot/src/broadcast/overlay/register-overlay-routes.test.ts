import Fastify from "fastify";
import { registerOverlayRoutes } from "./register-overlay-routes";

describe("registerOverlayRoutes", () => {
  const app = Fastify();
  registerOverlayRoutes(app, { livePath: "/api/v1/live", resultHoldSeconds: 20 });
  let base = "";
  beforeAll(async () => {
    base = await app.listen({ host: "127.0.0.1", port: 0 });
  });
  afterAll(() => app.close());

  async function get(url: string) {
    const res = await fetch(base + url);
    return { statusCode: res.status, headers: res.headers, body: await res.text() };
  }

  it("serves a standalone page for a slot, with the session and hold time in its data", async () => {
    const res = await get("/overlay/voteResult?session=zasedani-2025-03");

    expect(res.statusCode).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.body).toContain('"sessionId":"zasedani-2025-03"');
    expect(res.body).toContain('"resultHoldSeconds":20');
    expect(res.body).toContain(">zdržel se</span>");
    expect(res.body).not.toMatch(/<script[^>]+src=/);
  });

  it("refuses a slot it does not know", async () => {
    const res = await get("/overlay/timer?session=s1");

    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: "unknown_slot" } });
  });

  it("asks for the session when none or a malformed one is named", async () => {
    const missing = await get("/overlay/speaker");
    const odd = await get("/overlay/speaker?session=%3C%2Fscript%3E");

    expect(missing.statusCode).toBe(400);
    expect(odd.statusCode).toBe(400);
  });
});
