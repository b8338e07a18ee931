import { DEFAULT_TIME_ZONE } from "@council/core";

/** The zone's offset from UTC, in milliseconds, at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second"),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * A wall-clock date ("2026-03-12") and time ("17:00") in the session's zone (Prague unless
 * told) as an ISO UTC instant; the browser's own zone plays no part, since a clerk abroad still
 * schedules a Czech session. Undefined when the date or time is not valid.
 */
export function pragueTimeToUtc(
  date: string,
  time: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!d || !t) return undefined;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as number[];
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59) return undefined;
  const wall = Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return undefined;
  // The offset at the wall time read as UTC is right except within hours of a change; asking
  // again at the corrected instant settles it.
  const first = wall - zoneOffset(wall, timeZone);
  return new Date(wall - zoneOffset(first, timeZone)).toISOString();
}
