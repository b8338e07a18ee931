import { api, startTestService, testRoster } from "../support/test-service";
import type { TestService } from "../support/test-service";

const members = testRoster(2);

describe("record routes", () => {
  let svc: TestService;

  beforeAll(async () => {
    svc = await startTestService();
    const chair = await svc.token({ id: "chair", name: "chair" });
    const body = {
      id: "r1",
      title: "Zasedání <1/2020>",
      council: "Obec",
      members,
      agenda: [{ id: "1", title: "Bod" }],
    };
    await api(svc.url, "POST", "/api/v1/sessions", { token: chair, body });
  });
  afterAll(() => svc.stop());

  it("serves the minutes rendered from the log, with the title escaped", async () => {
    const res = await fetch(`${svc.url}/api/v1/sessions/r1/export/minutes.html`);
    const html = await res.text();

    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(html).toContain("Zasedání &lt;1/2020&gt;");
  });

  it("serves the verification of the event log", async () => {
    const res = await api(svc.url, "GET", "/api/v1/sessions/r1/export/verify.json");

    expect(res.body).toMatchObject({ ok: true, lastSeq: 1 });
  });

  it("answers the chat log of a session with no bound chat as an empty list", async () => {
    const res = await api(svc.url, "GET", "/api/v1/sessions/r1/chatlog");

    expect(res).toEqual({ status: 200, body: { posts: [] } });
  });

  it("refuses unknown export files and unknown sessions with a code", async () => {
    const file = await api(svc.url, "GET", "/api/v1/sessions/r1/export/secrets.txt");
    const session = await api(svc.url, "GET", "/api/v1/sessions/nope/export/minutes.md");

    expect(file.body.error.code).toBe("not_found");
    expect(session.body.error.code).toBe("session_not_found");
  });
});
