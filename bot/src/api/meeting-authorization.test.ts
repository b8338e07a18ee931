import { TEST_TENANT } from "../auth/local-jwks.fixture";
import type { MeetingWorld } from "./meeting-session.fixture";
import {
  GROUP_CHAT,
  MEETING_CHAT,
  MEETING_ID,
  oidOf,
  openSessionWithVote,
  participants,
  roster,
  startMeetingWorld,
} from "./meeting-session.fixture";

describe("chair actions in a Teams meeting", () => {
  let world: MeetingWorld;

  beforeAll(async () => {
    world = await startMeetingWorld();
    await openSessionWithVote(world, "s1");
    await world.bind("s1", MEETING_CHAT, MEETING_ID);
  });
  afterAll(() => world.stop());
  beforeEach(() => {
    world.teams.meeting(MEETING_ID, { conversationId: MEETING_CHAT, participants: participants() });
    world.teams.calls.length = 0;
  });

  it("lets the roster chair who organizes the meeting act, after asking Teams", async () => {
    const chair = await world.sso("chair");

    const res = await world.command(chair, { type: "close_vote", voteId: "vote-1" });

    expect(res.status).toBe(200);
    expect(world.teams.participantCalls()).toEqual([
      expect.objectContaining({
        path: `/v1/meetings/${encodeURIComponent(MEETING_ID)}/participants/${oidOf("1")}`,
        query: { tenantId: TEST_TENANT },
      }),
    ]);
  });

  it("lets a roster clerk who presents in the meeting record others' attendance", async () => {
    const clerk = await world.sso("clerk");

    const res = await world.command(clerk, {
      type: "record_attendance",
      memberId: "m5",
      mode: "remote",
    });

    expect(res.status).toBe(200);
  });

  it("refuses the roster chair when Teams says they only attend the meeting", async () => {
    world.teams.setRole(MEETING_ID, oidOf("1"), "Attendee");
    const chair = await world.sso("chair");
    const before = world.api.sessions.get("s1")!.seq;

    const res = await world.command(chair, { type: "start_item", itemId: "i1" });

    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("not_meeting_presenter");
    expect(world.api.sessions.get("s1")!.seq).toBe(before);
  });

  it("asks Teams on every request: a demoted presenter loses the chair's actions at once", async () => {
    const clerk = await world.sso("clerk");
    const record = { type: "record_attendance", memberId: "m5", mode: "room" };

    const first = await world.command(clerk, record);
    world.teams.setRole(MEETING_ID, oidOf("2"), "Attendee");
    const second = await world.command(clerk, record);

    expect([first.status, second.status]).toEqual([200, 403]);
    expect(world.teams.participantCalls()).toHaveLength(2);
  });

  it("takes a role Teams may add later as no right to run the meeting", async () => {
    world.teams.setRole(MEETING_ID, oidOf("1"), "Coorganizer-to-be");
    const chair = await world.sso("chair");

    const res = await world.command(chair, { type: "grant_floor", memberId: "m1" });

    expect(res.body.error.code).toBe("not_meeting_presenter");
  });

  it("never takes the client's word for a meeting role", async () => {
    world.teams.setRole(MEETING_ID, oidOf("1"), "Attendee");
    const chair = await world.sso("chair");

    const res = await world.command(chair, {
      type: "open_vote",
      role: "Organizer",
      meeting: { role: "Organizer" },
    });

    expect(res.body.error.code).toBe("not_meeting_presenter");
  });

  it("lets a member do their own business without asking Teams", async () => {
    const member = await world.sso("m1");

    const res = await world.command(member, {
      type: "record_attendance",
      memberId: "m1",
      mode: "remote",
    });

    expect(res.status).toBe(200);
    expect(world.teams.participantCalls()).toHaveLength(0);
  });

  it("leaves a member's chair action to the core's not_chair, without asking Teams", async () => {
    const member = await world.sso("m1");

    const res = await world.command(member, { type: "close_session" });

    expect(res.body.error.code).toBe("not_chair");
    expect(world.teams.participantCalls()).toHaveLength(0);
  });

  it("checks a development token's holder in the meeting the same way", async () => {
    world.teams.setRole(MEETING_ID, oidOf("1"), "Attendee");
    const chair = await world.api.devToken(roster[0]!);

    const res = await world.command(chair, { type: "end_item", itemId: "i1" });

    expect(res.body.error.code).toBe("not_meeting_presenter");
  });

  it("answers 409 meeting_expired when Teams no longer knows the meeting", async () => {
    world.teams.setMode(MEETING_ID, "expired");
    const chair = await world.sso("chair");

    const res = await world.command(chair, { type: "open_vote" });

    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: "meeting_expired",
      message: expect.stringMatching(/expired/),
    });
  });

  it("answers 409 meeting_app_not_installed when Teams says the app is not in the meeting", async () => {
    world.teams.setMode(MEETING_ID, "not_installed");
    const chair = await world.sso("chair");

    const res = await world.command(chair, { type: "open_vote" });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("meeting_app_not_installed");
  });
});

describe("chair actions outside a Teams meeting", () => {
  let world: MeetingWorld;

  beforeAll(async () => {
    world = await startMeetingWorld();
    await openSessionWithVote(world, "s2");
    await world.bind("s2", GROUP_CHAT);
  });
  afterAll(() => world.stop());

  it("checks the roster alone for a session followed by a plain group chat", async () => {
    const chair = await world.api.devToken(roster[0]!);

    const res = await world.command(chair, { type: "close_vote", voteId: "vote-1" }, "s2");

    expect(res.status).toBe(200);
    expect(world.teams.calls).toHaveLength(0);
  });
});
