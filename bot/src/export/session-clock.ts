import type { Lang } from "@council/core";
import { formatTime } from "@council/core";

/** An instant as the minutes print it: the UTC original and the time of day in the council's zone. */
export interface Stamp {
  iso: string;
  /** "18:05" in the session's time zone. */
  time: string;
}

/** Pairs a UTC instant with its time of day in the session's time zone. */
export function stamp(iso: string, timeZone: string, lang: Lang): Stamp {
  return { iso, time: formatTime(iso, timeZone, lang) };
}

/** The calendar date in the session's time zone: "27. 2. 2020" in Czech, "27 February 2020" in English. */
export function formatDate(iso: string, timeZone: string, lang: Lang): string {
  const locale = lang === "cs" ? "cs-CZ" : "en-GB";
  const month = lang === "cs" ? "numeric" : "long";
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: "numeric",
    month,
    year: "numeric",
  }).format(new Date(iso));
}

/** The year in the session's time zone, so a session just after midnight on 1 January counts right. */
export function yearOf(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric" }).format(new Date(iso));
}
