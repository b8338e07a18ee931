import { api, startTestService, testRoster } from "../support/test-service";
import type { TestService } from "../support/test-service";

describe("overlay and broadcast routes of the running service", () => {
  let svc: TestService;

  beforeAll(async () => {
    svc = await startTestService();
    const chair = await svc.token({ id: "chair", name: "chair" });
    const body = { id: "o1", title: "T", council: "C", members: testRoster(2), agenda: [] };
    await api(svc.url, "POST", "/api/v1/sessions", { token: chair, body });
  });
  afterAll(() => svc.stop());

  it("serves the speaker overlay page without any broadcast configured", async () => {
    const res = await fetch(`${svc.url}/overlay/speaker?session=o1`);

    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("/api/v1/live");
  });

  it("says the broadcast is off when no mapping file is configured", async () => {
    const res = await api(svc.url, "GET", "/api/v1/sessions/o1/broadcast");

    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("broadcast_off");
  });
});
