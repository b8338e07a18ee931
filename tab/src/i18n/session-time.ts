import { DEFAULT_TIME_ZONE, formatDateTime, formatTime } from "@council/core";
import type { Lang } from "./lang";

/** The zone a session's times are shown in: its own, or the Czech default; never the browser's. */
export function sessionZone(timeZone: string | undefined): string {
  return timeZone?.trim() || DEFAULT_TIME_ZONE;
}

/** A clock time ("19:05") in the session's time zone, so a member abroad sees the minutes' times. */
export function sessionTime(iso: string, timeZone: string | undefined, lang: Lang): string {
  return formatTime(iso, sessionZone(timeZone), lang);
}

/** A date with its clock time in the session's time zone. */
export function sessionDateTime(iso: string, timeZone: string | undefined, lang: Lang): string {
  return formatDateTime(iso, sessionZone(timeZone), lang);
}
