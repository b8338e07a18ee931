import type { Command } from "./commands";
import { chair, clerk, member, Script, START, teams, types } from "./test-fixtures";

const MEETING =
  "MCMxOTptZWV0aW5nX01UUm1NVFE1TkRZdE1UWXlZaTAwTm1ObExXSTRaVFF0TjJJMU1UWXpNMlJrWVRnM0B0aHJlYWQudjIjMA==";

function start(overrides: Partial<Extract<Command, { type: "record_meeting_start" }>> = {}) {
  return {
    type: "record_meeting_start",
    meetingId: MEETING,
    title: "Zasedání zastupitelstva",
    joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTRm/0",
    startTime: "2024-05-14T14:58:00.000Z",
    ...overrides,
  } satisfies Command;
}

function end(endTime = "2024-05-14T18:02:00.000Z") {
  return { type: "record_meeting_end", meetingId: MEETING, endTime } satisfies Command;
}

function signal(memberId: string, kind: "joined" | "left") {
  return {
    type: "record_presence_signal",
    memberId,
    signal: kind,
    source: "teams",
  } satisfies Command;
}

describe("record_meeting_start", () => {
  it("stamps a scheduled session with the start of its Teams meeting", () => {
    const script = Script.created();

    const events = script.run(start(), teams);

    expect(events).toEqual([
      {
        type: "meeting_started",
        payload: {
          meetingId: MEETING,
          title: "Zasedání zastupitelstva",
          joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTRm/0",
          startTime: "2024-05-14T14:58:00.000Z",
        },
      },
    ]);
    expect(script.s.meeting).toEqual({
      id: MEETING,
      title: "Zasedání zastupitelstva",
      joinUrl: "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTRm/0",
      startedAt: "2024-05-14T14:58:00.000Z",
    });
    expect(script.s.status).toBe("scheduled");
  });

  it("leaves no empty keys in the log when Teams sends no title or join link", () => {
    const script = Script.opened();

    const events = script.run(start({ title: undefined, joinUrl: "" }), teams);

    expect(events[0]?.payload).toEqual({
      meetingId: MEETING,
      startTime: "2024-05-14T14:58:00.000Z",
    });
  });

  it("refuses the same start delivered twice, but records the meeting started anew", () => {
    const script = Script.opened();
    script.run(start(), teams);
    script.run(end(), teams);

    const twice = script.refusal(start(), teams);
    const anew = script.run(start({ startTime: "2024-05-14T18:30:00.000Z" }), teams);

    expect(twice).toBe("already_recorded");
    expect(types(anew)).toEqual(["meeting_started"]);
    expect(script.s.meeting).toMatchObject({ startedAt: "2024-05-14T18:30:00.000Z" });
    expect(script.s.meeting?.endedAt).toBeUndefined();
    expect(script.refusal(start({ startTime: "2024-05-14T18:30:00.000Z" }), teams)).toBe(
      "already_recorded",
    );
  });

  it("refuses a start time that is not a date, and an empty meeting id", () => {
    const script = Script.opened();

    const badTime = script.refusal(start({ startTime: "yesterday" }), teams);
    const noId = script.refusal(start({ meetingId: " " }), teams);

    expect([badTime, noId]).toEqual(["invalid_command", "invalid_command"]);
  });

  it("refuses any person, the chair included: only the service reports Teams' events", () => {
    const script = Script.opened();

    const codes = [chair, clerk, member(1)].map((actor) => script.refusal(start(), actor));

    expect(codes).toEqual(["not_allowed", "not_allowed", "not_allowed"]);
  });

  it("refuses a closed session, whose log ends with its close", () => {
    const script = Script.opened();
    script.run({ type: "close_session" });

    const code = script.refusal(start(), teams);

    expect(code).toBe("session_closed");
  });
});

describe("record_meeting_end", () => {
  it("stamps the end of the meeting whose start is on record", () => {
    const script = Script.opened();
    script.run(start(), teams);

    const events = script.run(end(), teams);

    expect(events).toEqual([
      {
        type: "meeting_ended",
        payload: { meetingId: MEETING, endTime: "2024-05-14T18:02:00.000Z" },
      },
    ]);
    expect(script.s.meeting).toMatchObject({
      id: MEETING,
      title: "Zasedání zastupitelstva",
      startedAt: "2024-05-14T14:58:00.000Z",
      endedAt: "2024-05-14T18:02:00.000Z",
    });
  });

  it("records an end whose start Teams never delivered", () => {
    const script = Script.opened();

    script.run(end(), teams);

    expect(script.s.meeting).toEqual({ id: MEETING, endedAt: "2024-05-14T18:02:00.000Z" });
  });

  it("refuses the same end twice, an end time that is not a date, and a person", () => {
    const script = Script.opened();
    script.run(end(), teams);

    const codes = [
      script.refusal(end(), teams),
      script.refusal(end("31. 10. 2025"), teams),
      script.refusal(end("2024-05-14T19:00:00.000Z"), chair),
    ];

    expect(codes).toEqual(["already_recorded", "invalid_command", "not_allowed"]);
  });
});

describe("record_presence_signal", () => {
  it("keeps the latest signal per member without touching attendance or quorum", () => {
    const script = Script.opened("cz-municipal", 12);
    const before = { attendance: script.s.attendance, seq: script.s.seq };

    script.run(signal("m15", "joined"), teams);
    script.run(signal("m01", "left"), teams);
    script.run(signal("m15", "left"), teams);

    expect(script.s.presenceSignals).toEqual({
      m15: { signal: "left", source: "teams", at: expect.any(String) },
      m01: { signal: "left", source: "teams", at: expect.any(String) },
    });
    expect(script.s.attendance).toEqual(before.attendance);
    expect(types(script.log.slice(before.seq))).toEqual([
      "presence_signal",
      "presence_signal",
      "presence_signal",
    ]);
  });

  it("records signals before the session opens, ready for the roll call", () => {
    const script = Script.created();

    script.run(signal("m03", "joined"), teams);

    expect(script.s.presenceSignals["m03"]).toMatchObject({ signal: "joined" });
    expect(script.s.attendance["m03"]).toBeUndefined();
  });

  it("refuses someone not on the roster, a person, and a closed session", () => {
    const script = Script.opened();
    const stranger = script.refusal(signal("nobody", "joined"), teams);
    const byMember = script.refusal(signal("m01", "joined"), member(1));
    script.run({ type: "close_session" });

    const closed = script.refusal(signal("m01", "left"), teams);

    expect([stranger, byMember, closed]).toEqual([
      "not_on_roster",
      "not_allowed",
      "session_closed",
    ]);
  });

  it("stamps the signal with the time it was recorded", () => {
    const script = Script.created();

    script.run(signal("chair", "joined"), teams);

    expect(Date.parse(script.s.presenceSignals["chair"]!.at)).toBeGreaterThan(Date.parse(START));
  });
});
