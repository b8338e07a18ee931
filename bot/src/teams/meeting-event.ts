import type { Activity } from "botbuilder";

export const MEETING_START = "application/vnd.microsoft.meetingStart";
export const MEETING_END = "application/vnd.microsoft.meetingEnd";

/** A Teams meeting starting or ending, read from its event activity. Times are UTC ISO 8601. */
export type MeetingEvent =
  | { kind: "start"; meetingId: string; title?: string; joinUrl?: string; time: string }
  | { kind: "end"; meetingId: string; time: string };

/** The event, or why the activity cannot be used. */
export type MeetingEventReading =
  { ok: true; event: MeetingEvent } | { ok: false; problem: string };

/**
 * Reads a meetingStart or meetingEnd event; undefined for any other activity. Teams sends the
 * value in PascalCase (`Id`, `Title`, `JoinUrl`, `StartTime`); camelCase is read too. The meeting
 * id comes from `channelData.meeting.id` as Teams documents it, else from the value's `Id`, which
 * real payloads carry even without channelData.
 *
 * botbuilder's own `onTeamsMeetingStartEvent` rejects a value without `JoinUrl`, `Title` or
 * `MeetingType` and fails the turn; only the id and the time matter to the session, so a
 * payload is refused only when one of them is missing or the time is not a date.
 */
export function readMeetingEvent(activity: Partial<Activity>): MeetingEventReading | undefined {
  if (activity.type !== "event") return undefined;
  const kind =
    activity.name === MEETING_START ? "start" : activity.name === MEETING_END ? "end" : "";
  if (!kind) return undefined;

  const value = asRecord(activity.value);
  const channelData = asRecord(activity.channelData);
  const meetingId = text(asRecord(channelData.meeting).id) ?? field(value, "Id");
  if (!meetingId) return { ok: false, problem: "no meeting id in channelData.meeting.id or Id" };
  const timeField = kind === "start" ? "StartTime" : "EndTime";
  const time = isoTime(field(value, timeField));
  if (!time) return { ok: false, problem: `${timeField} is missing or not a date` };

  if (kind === "end") return { ok: true, event: { kind, meetingId, time } };
  const event: MeetingEvent = { kind, meetingId, time };
  const title = field(value, "Title");
  const joinUrl = field(value, "JoinUrl");
  if (title) event.title = title;
  if (joinUrl) event.joinUrl = joinUrl;
  return { ok: true, event };
}

function field(value: Record<string, unknown>, pascalName: string): string | undefined {
  const camelName = pascalName[0]!.toLowerCase() + pascalName.slice(1);
  return text(value[pascalName]) ?? text(value[camelName]);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function isoTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? undefined : new Date(millis).toISOString();
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
}
