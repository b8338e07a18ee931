/**
 * Formats a UTC instant in the council's time zone, never the viewer's by accident:
 * "27. 2. 2020 19:00" in Czech, "27/02/2020, 19:00" in English.
 */
export function formatDateTime(iso: string, timeZone: string, lang: "cs" | "en"): string {
  const locale = lang === "cs" ? "cs-CZ" : "en-GB";
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** Time of day in the council's time zone, "19:05". */
export function formatTime(iso: string, timeZone: string, lang: "cs" | "en"): string {
  const locale = lang === "cs" ? "cs-CZ" : "en-GB";
  return new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit" }).format(
    new Date(iso),
  );
}
