import { teamsPayload } from "./fixtures";
import { readMeetingEvent } from "./meeting-event";

const MEETING_ID =
  "MCMxOTptZWV0aW5nX01UUm1NVFE1TkRZdE1UWXlZaTAwTm1ObExXSTRaVFF0TjJJMU1UWXpNMlJrWVRnM0B0aHJlYWQudjIjMA==";

describe("readMeetingEvent", () => {
  it("reads Teams' real PascalCase meetingStart, taking the id from the value without channelData", () => {
    const reading = readMeetingEvent(teamsPayload("meeting-start-pascalcase.json"));

    expect(reading).toEqual({
      ok: true,
      event: {
        kind: "start",
        meetingId: MEETING_ID,
        title: "Test Meeting",
        joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//),
        time: "2025-10-31T10:00:00.000Z",
      },
    });
  });

  it("reads the real meetingEnd, its seven-digit fraction of a second cut to milliseconds", () => {
    const reading = readMeetingEvent(teamsPayload("meeting-end-pascalcase.json"));

    expect(reading).toEqual({
      ok: true,
      event: { kind: "end", meetingId: MEETING_ID, time: "2025-10-31T11:38:15.537Z" },
    });
  });

  it("prefers channelData.meeting.id, as Teams documents it", () => {
    const payload = {
      ...teamsPayload("meeting-start-pascalcase.json"),
      channelData: { meeting: { id: "MCMxOTpt-from-channel-data" } },
    };

    expect(readMeetingEvent(payload)).toMatchObject({
      event: { meetingId: "MCMxOTpt-from-channel-data" },
    });
  });

  it("accepts a start botbuilder's parser rejects: no JoinUrl, Title or MeetingType", () => {
    const payload = teamsPayload("meeting-start-pascalcase.json");
    payload.value = { Id: MEETING_ID, StartTime: "2025-10-31T10:00:00Z" };

    expect(readMeetingEvent(payload)).toEqual({
      ok: true,
      event: { kind: "start", meetingId: MEETING_ID, time: "2025-10-31T10:00:00.000Z" },
    });
  });

  it("reads camelCase values too", () => {
    const payload = teamsPayload("meeting-end-pascalcase.json");
    payload.value = { id: MEETING_ID, endTime: "2025-10-31T11:00:00Z" };

    expect(readMeetingEvent(payload)).toMatchObject({ ok: true, event: { kind: "end" } });
  });

  it("refuses a start without a time or with one that is not a date, and one without an id", () => {
    const noTime = teamsPayload("meeting-start-pascalcase.json");
    noTime.value = { Id: MEETING_ID };
    const badTime = teamsPayload("meeting-start-pascalcase.json");
    badTime.value = { Id: MEETING_ID, StartTime: "soon" };
    const noId = teamsPayload("meeting-end-pascalcase.json");
    noId.value = { EndTime: "2025-10-31T11:00:00Z" };

    expect([noTime, badTime, noId].map(readMeetingEvent)).toEqual([
      { ok: false, problem: "StartTime is missing or not a date" },
      { ok: false, problem: "StartTime is missing or not a date" },
      { ok: false, problem: "no meeting id in channelData.meeting.id or Id" },
    ]);
  });

  it("ignores every other activity", () => {
    expect(readMeetingEvent(teamsPayload("meeting-participant-join.json"))).toBeUndefined();
    expect(readMeetingEvent(teamsPayload("message-mention.json"))).toBeUndefined();
  });
});
