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

const remindRoute = (sessionId: string) => `/api/v1/sessions/${sessionId}/votes/vote-1/remind`;

describe("reminding councillors who have not voted", () => {
  let world: MeetingWorld;

  beforeAll(async () => {
    world = await startMeetingWorld({ maxPageSize: 2 });
    await openSessionWithVote(world, "r1");
    const dev = (id: string) => world.api.devToken(roster.find((m) => m.id === id)!);
    await world.command(
      await dev("clerk"),
      { type: "record_attendance", memberId: "m4", mode: "room" },
      "r1",
    );
    for (const voter of ["chair", "m2"]) {
      await world.command(
        await dev(voter),
        { type: "cast_ballot", voteId: "vote-1", choice: "yes" },
        "r1",
      );
    }
    await world.bind("r1", MEETING_CHAT, MEETING_ID);
  });
  afterAll(() => world.stop());
  beforeEach(() => {
    world.teams.meeting(MEETING_ID, { conversationId: MEETING_CHAT, participants: participants() });
    world.teams.calls.length = 0;
    world.teams.notifications.length = 0;
  });

  it("notifies exactly the present members without a ballot whom Teams knows", async () => {
    const res = await world.post(await world.sso("chair"), remindRoute("r1"));

    expect(res.status).toBe(200);
    expect(world.teams.notifications).toHaveLength(1);
    expect(world.teams.notifications[0]!.recipients.sort()).toEqual(["29:teams-m1", "29:teams-m3"]);
    expect(res.body).toEqual({
      voteId: "vote-1",
      reminded: ["m1", "m3"],
      unreminded: [
        { memberId: "m4", reason: "no_teams_identity" },
        { memberId: "m5", reason: "not_in_meeting_chat" },
      ],
    });
  });

  it("opens the tab at the vote on the meeting stage", async () => {
    await world.post(await world.sso("chair"), remindRoute("r1"));

    const [surface] = world.teams.notifications[0]!.surfaces as Array<Record<string, never>>;
    expect(surface).toEqual({
      surface: "meetingStage",
      contentType: "task",
      content: {
        value: {
          height: expect.any(Number),
          width: expect.any(Number),
          title: "Hlasování č. 1: čeká se na váš hlas",
          url: expect.stringMatching(/\/\?session=r1&vote=vote-1$/),
        },
      },
    });
  });

  it("reads every page of the meeting chat's members", async () => {
    await world.post(await world.sso("chair"), remindRoute("r1"));

    const pages = world.teams.calls.filter((c) => c.path.endsWith("/pagedmembers"));
    expect(pages.map((p) => p.query.continuationToken)).toEqual([undefined, "2", "4"]);
  });

  it("reports a recipient Teams could not reach (207) as not delivered", async () => {
    world.teams.meeting(MEETING_ID, {
      conversationId: MEETING_CHAT,
      participants: participants().map((p) =>
        p.aadObjectId === oidOf("13") ? { ...p, inMeeting: false } : p,
      ),
    });

    const res = await world.post(await world.sso("chair"), remindRoute("r1"));

    expect(world.teams.notifications[0]!.status).toBe(207);
    expect(res.body.reminded).toEqual(["m1"]);
    expect(res.body.unreminded).toContainEqual({
      memberId: "m3",
      reason: "not_delivered",
      detail: expect.any(String),
    });
  });

  it("refuses a chair whom Teams lists as an attendee, and sends nothing", async () => {
    world.teams.setRole(MEETING_ID, oidOf("1"), "Attendee");

    const res = await world.post(await world.sso("chair"), remindRoute("r1"));

    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("not_meeting_presenter");
    expect(world.teams.notifications).toHaveLength(0);
  });

  it("is the chair's to send, not a member's or the clerk's", async () => {
    const member = await world.post(await world.sso("m1"), remindRoute("r1"));
    const clerk = await world.post(await world.sso("clerk"), remindRoute("r1"));

    expect([member.status, member.body.error.code]).toEqual([403, "not_chair"]);
    expect([clerk.status, clerk.body.error.code]).toEqual([403, "not_chair"]);
  });

  it("answers 404 for a vote that does not exist", async () => {
    const res = await world.post(
      await world.sso("chair"),
      "/api/v1/sessions/r1/votes/vote-9/remind",
    );

    expect([res.status, res.body.error.code]).toEqual([404, "vote_not_found"]);
  });

  it("answers a clear error when the meeting has expired", async () => {
    world.teams.setMode(MEETING_ID, "expired");

    const res = await world.post(await world.sso("chair"), remindRoute("r1"));

    expect([res.status, res.body.error.code]).toEqual([409, "meeting_expired"]);
  });
});

describe("reminders that cannot be sent", () => {
  let world: MeetingWorld;

  beforeAll(async () => {
    world = await startMeetingWorld();
    await openSessionWithVote(world, "closed");
    await openSessionWithVote(world, "chat-only");
    await world.bind("closed", MEETING_CHAT, MEETING_ID);
    await world.bind("chat-only", GROUP_CHAT);
  });
  afterAll(() => world.stop());

  it("answers 409 vote_closed once the vote is closed", async () => {
    const chair = await world.sso("chair");
    await world.command(chair, { type: "close_vote", voteId: "vote-1" }, "closed");

    const res = await world.post(chair, remindRoute("closed"));

    expect([res.status, res.body.error.code]).toEqual([409, "vote_closed"]);
  });

  it("answers 409 not_in_meeting for a session that follows no Teams meeting", async () => {
    const res = await world.post(await world.sso("chair"), remindRoute("chat-only"));

    expect([res.status, res.body.error.code]).toEqual([409, "not_in_meeting"]);
    expect(world.teams.notifications).toHaveLength(0);
  });
});
