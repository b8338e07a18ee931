import type { Activity } from "botbuilder";
import { aad, SESSION_ID, TestCouncil } from "./council.fixture";
import { teamsPayload } from "./fixtures";
import { botFor, meetingChat, meetingData } from "./teams-bot.fixture";

const REAL_MEETING_ID =
  "MCMxOTptZWV0aW5nX01UUm1NVFE1TkRZdE1UWXlZaTAwTm1ObExXSTRaVFF0TjJJMU1UWXpNMlJrWVRnM0B0aHJlYWQudjIjMA==";

/** The SDK's participant fixture placed in the tests' meeting chat, its users given Entra ids. */
function participants(file: string, aadObjectIds: (string | undefined)[]): Partial<Activity> {
  const payload = teamsPayload(file);
  const members = (payload.value as { members: { user: Record<string, string> }[] }).members;
  aadObjectIds.forEach((id, i) => {
    if (id && members[i]) members[i].user.aadObjectId = id;
  });
  return {
    ...payload,
    conversation: meetingChat as Activity["conversation"],
    channelData: meetingData,
  };
}

describe("CouncilTeamsBot meeting start and end", () => {
  it("stamps the session with Teams' real PascalCase meetingStart, as the 'teams' system actor", async () => {
    const { adapter, council } = botFor(await TestCouncil.scheduled());

    await adapter.processActivity(teamsPayload("meeting-start-pascalcase.json"));

    expect(council.state.meeting).toEqual({
      id: REAL_MEETING_ID,
      title: "Test Meeting",
      joinUrl: expect.stringContaining("meetup-join"),
      startedAt: "2025-10-31T10:00:00.000Z",
    });
    expect(council.sessions.eventsAfter(SESSION_ID, 1)).toEqual([
      expect.objectContaining({
        type: "meeting_started",
        actor: { kind: "system", name: "teams" },
      }),
    ]);
  });

  it("stamps the end from the real meetingEnd payload", async () => {
    const { adapter, council } = botFor(await TestCouncil.discussing());
    await adapter.processActivity(teamsPayload("meeting-start-pascalcase.json"));

    await adapter.processActivity(teamsPayload("meeting-end-pascalcase.json"));

    expect(council.state.meeting).toMatchObject({
      startedAt: "2025-10-31T10:00:00.000Z",
      endedAt: "2025-10-31T11:38:15.537Z",
    });
  });

  it("records a start botbuilder's own parser rejects, and logs a repeated one as refused", async () => {
    const { adapter, council, logs } = botFor(await TestCouncil.scheduled());
    const bare = teamsPayload("meeting-start-pascalcase.json");
    bare.value = { Id: REAL_MEETING_ID, StartTime: "2025-10-31T10:00:00Z" };

    await adapter.processActivity(bare);
    await adapter.processActivity(teamsPayload("meeting-start-pascalcase.json"));

    expect(council.state.meeting).toEqual({
      id: REAL_MEETING_ID,
      startedAt: "2025-10-31T10:00:00.000Z",
    });
    expect(logs.lines.filter((l) => l.msg === "teams_meeting_event_recorded")).toEqual([
      expect.not.objectContaining({ refusal: expect.anything() }),
      expect.objectContaining({ refusal: "already_recorded" }),
    ]);
  });

  it("logs a start it cannot use and records nothing", async () => {
    const { adapter, council, logs } = botFor(await TestCouncil.scheduled());
    const noTime = teamsPayload("meeting-start-pascalcase.json");
    noTime.value = { Id: REAL_MEETING_ID, Title: "Zasedání" };
    const seq = council.state.seq;

    await adapter.processActivity(noTime);

    expect(council.state.seq).toBe(seq);
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ msg: "teams_meeting_event_invalid", level: 40 }),
    );
  });

  it("records nothing for a chat that follows no session", async () => {
    const { adapter, council, logs } = botFor(await TestCouncil.scheduled(), () => undefined);

    await adapter.processActivity(teamsPayload("meeting-start-pascalcase.json"));

    expect(council.state.meeting).toBeUndefined();
    expect(logs.messages()).toContain("teams_meeting_event_unbound");
  });
});

describe("CouncilTeamsBot participant join and leave", () => {
  it("turns roster members joining into presence signals without touching attendance", async () => {
    const { adapter, council } = botFor(await TestCouncil.discussing());
    const attendance = council.state.attendance;

    await adapter.processActivity(
      participants("meeting-participant-join.json", [aad.cerny, undefined]),
    );
    await adapter.processActivity(
      participants("meeting-participant-leave.json", [aad.dvorak, aad.stranger]),
    );

    expect(council.state.presenceSignals).toEqual({
      m3: { signal: "joined", source: "teams", at: expect.any(String) },
      m2: { signal: "left", source: "teams", at: expect.any(String) },
    });
    expect(council.state.attendance).toEqual(attendance);
  });

  it("ignores the SDK's fixture as sent, its users unknown, and logs no personal data", async () => {
    const { adapter, council, logs } = botFor(await TestCouncil.scheduled());
    const seq = council.state.seq;

    await adapter.processActivity(
      participants("meeting-participant-join.json", [aad.stranger, undefined]),
    );
    await adapter.processActivity(teamsPayload("meeting-participant-leave.json"));

    expect(council.state.seq).toBe(seq);
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ msg: "teams_participants_not_on_roster", unknown: 2, level: 20 }),
    );
    expect(logs.text()).not.toMatch(/userName|BotUser|99999999-ffff/);
  });
});
