const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The UTC instant (ISO 8601) of a wall-clock reading in a time zone, e.g. 15:23:40 on
 * 2014-11-06 in Europe/Prague is 14:23:40.000Z (CET) and the same reading in July 13:23:40.000Z
 * (CEST). A reading that falls in the spring gap is moved by the gap; one that occurs twice in
 * autumn resolves to the earlier of the two.
 */
export function wallClockToUtc(date: string, time: string, timeZone: string): string {
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute, second] = time.split(":").map(Number);
  const asIfUtc = Date.UTC(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    second ?? 0,
  );

  const halfDay = 12 * 60 * 60 * 1000;
  const before = offsetAt(asIfUtc - halfDay, timeZone);
  const after = offsetAt(asIfUtc + halfDay, timeZone);
  const matching = [asIfUtc - before, asIfUtc - after].filter(
    (instant) => instant + offsetAt(instant, timeZone) === asIfUtc,
  );
  // No match means the reading is in the spring gap: the offset from before the change moves it
  // forward by the length of the gap, as a clock that was not reset would read.
  const instant = matching.length > 0 ? Math.min(...matching) : asIfUtc - before;
  return new Date(instant).toISOString();
}

/** How far ahead of UTC the zone's clocks were at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    field("year"),
    field("month") - 1,
    field("day"),
    field("hour"),
    field("minute"),
    field("second"),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
