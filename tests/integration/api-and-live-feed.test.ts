import { api, startTestService, testRoster } from "../support/test-service";
import type { TestService } from "../support/test-service";
import { LiveClient } from "../support/live-client";

const members = testRoster(4);
const agenda = [
  { id: "i1", title: "Zahájení" },
  {
    id: "i2",
    title: "Rozpočet obce na rok 2020",
    draftResolution: "Zastupitelstvo schvaluje rozpočet.",
  },
];

describe("HTTP API and live feed", () => {
  let svc: TestService;
  let chair: string;
  let tokens: Record<string, string>;

  beforeAll(async () => {
    svc = await startTestService();
    tokens = {};
    for (const m of members) tokens[m.id] = await svc.token(m);
    chair = tokens.chair!;
  });
  afterAll(() => svc.stop());

  const command = (who: string, body: unknown) =>
    api(svc.url, "POST", "/api/v1/sessions/s1/commands", { token: tokens[who], body });

  it("answers /healthz", async () => {
    const res = await api(svc.url, "GET", "/healthz");

    expect(res.status).toBe(200);
    expect(res.body.status).toBe("ok");
  });

  it("refuses a write without a token, with a bad token and from someone not on the roster", async () => {
    const body = { id: "s1", title: "T", council: "C", members, agenda };

    const none = await api(svc.url, "POST", "/api/v1/sessions", { body });
    const bad = await api(svc.url, "POST", "/api/v1/sessions", { body, token: "abc.def.ghi" });
    const stranger = await svc.token({ id: "nobody", name: "Nikdo" });
    const foreign = await api(svc.url, "POST", "/api/v1/sessions", { body, token: stranger });

    expect(none).toEqual({
      status: 401,
      body: { error: { code: "unauthenticated", message: expect.any(String) } },
    });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe("token_invalid");
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe("not_on_roster");
  });

  it("creates a session and runs a vote that a live-feed client sees in order", async () => {
    const created = await api(svc.url, "POST", "/api/v1/sessions", {
      token: chair,
      body: {
        id: "s1",
        title: "Zasedání 1/2020",
        council: "Obec Test",
        members,
        agenda,
        ruleSetId: "votes-cast",
      },
    });
    expect(created.status).toBe(201);
    const live = await LiveClient.connect(svc.url);
    live.subscribe("s1");
    await live.waitFor((c) => c.snapshot() !== undefined);
    expect(live.snapshot()?.seq).toBe(1);

    for (const m of members.filter((x) => x.role !== "clerk")) {
      expect(
        (await command("clerk", { type: "record_attendance", memberId: m.id, mode: "room" }))
          .status,
      ).toBe(200);
    }
    await command("chair", { type: "open_session" });
    await command("chair", { type: "start_item", itemId: "i2" });
    const opened = await command("chair", { type: "open_vote" });
    expect(opened.status).toBe(200);
    const ballot = await command("m1", { type: "cast_ballot", voteId: "vote-1", choice: "yes" });
    expect(ballot.status).toBe(200);
    const seq = ballot.body.seq as number;

    await live.waitFor((c) => c.events().some((e) => e.seq === seq));
    const seen = live.events();
    expect(seen.map((e) => e.seq)).toEqual(Array.from({ length: seq - 1 }, (_, i) => i + 2));
    expect(seen.at(-1)).toMatchObject({
      type: "ballot_cast",
      payload: { memberId: "m1", choice: "yes" },
    });
    live.close();
  });

  it("answers refusals with their code and a 4xx status", async () => {
    const again = await command("m1", { type: "cast_ballot", voteId: "vote-1", choice: "no" });
    const clerkVotes = await command("clerk", {
      type: "cast_ballot",
      voteId: "vote-1",
      choice: "no",
    });
    const memberCloses = await command("m2", { type: "close_vote", voteId: "vote-1" });
    const malformed = await command("m2", {
      type: "cast_ballot",
      voteId: "vote-1",
      choice: "maybe",
    });

    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("already_voted");
    expect(clerkVotes.body.error.code).toBe("not_a_member");
    expect(memberCloses.status).toBe(403);
    expect(memberCloses.body.error.code).toBe("not_chair");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("invalid_command");
  });

  it("resumes a reconnecting client with exactly the events it missed", async () => {
    const state = (await api(svc.url, "GET", "/api/v1/sessions/s1")).body;
    const lastSeen = state.seq as number;
    await command("m2", { type: "cast_ballot", voteId: "vote-1", choice: "no" });
    await command("m3", { type: "cast_ballot", voteId: "vote-1", choice: "abstain" });

    const live = await LiveClient.connect(svc.url);
    live.subscribe("s1", lastSeen);
    await live.waitFor((c) => c.events().length >= 2);
    await command("chair", { type: "close_vote", voteId: "vote-1" });
    await live.waitFor((c) => c.events().some((e) => e.type === "vote_closed"));

    expect(live.snapshot()).toBeUndefined();
    expect(live.events().map((e) => e.seq)).toEqual([lastSeen + 1, lastSeen + 2, lastSeen + 3]);
    const closed = live.events().at(-1);
    expect(closed).toMatchObject({
      type: "vote_closed",
      payload: { result: { outcome: "rejected" } },
    });
    live.close();
  });

  it("tells who a token speaks for, and 404 for a session that does not exist", async () => {
    const me = await api(svc.url, "GET", "/api/v1/me?session=s1", { token: tokens.m1 });
    const none = await api(svc.url, "GET", "/api/v1/me?session=nope", { token: tokens.m1 });

    expect(me.body.member).toMatchObject({ id: "m1", role: "member" });
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe("session_not_found");
  });

  it("verifies the hash chain of a session over HTTP", async () => {
    const res = await api(svc.url, "GET", "/api/v1/sessions/s1/verify");

    expect(res.body.ok).toBe(true);
  });
});
