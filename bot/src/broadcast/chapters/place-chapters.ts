import type { ChapterEntry, TimedChapter } from "./chapter-entry";

/**
 * The media the chapters are for: the recording or the stream, placed by the offsets the
 * switcher reported, or any media whose wall-clock start is known (an upload cut by hand).
 */
export type ChapterTimeline =
  { kind: "recording" } | { kind: "stream" } | { kind: "wallClock"; startedAt: string };

/**
 * Places the logged chapters on one media timeline. An entry without its own offset is placed
 * from the nearest entry in time that has one, by the wall clock between them, so one missed
 * mark (the switcher was down) costs no chapter. Undefined when nothing ties the log to the
 * media: no entry has an offset on that timeline. Starts before the media began are negative.
 *
 * @example placeChapters(log.entries(), { kind: "recording" })
 */
export function placeChapters(
  entries: readonly ChapterEntry[],
  timeline: ChapterTimeline,
): TimedChapter[] | undefined {
  const offsetOf = offsetReader(timeline);
  const anchors = entries.filter((entry) => offsetOf(entry) !== undefined);
  if (timeline.kind !== "wallClock" && anchors.length === 0) return undefined;

  const origin = timeline.kind === "wallClock" ? Date.parse(timeline.startedAt) : 0;
  const place = (entry: ChapterEntry, iso: string): number => {
    if (timeline.kind === "wallClock") return Date.parse(iso) - origin;
    const anchor = nearest(anchors, Date.parse(iso), entry, offsetOf);
    return (offsetOf(anchor) ?? 0) + Date.parse(iso) - Date.parse(anchor.at);
  };

  return entries
    .map((entry) => ({
      itemId: entry.itemId,
      title: entry.title,
      startMs: place(entry, entry.at),
      ...(entry.endedAt ? { endMs: place(entry, entry.endedAt) } : {}),
    }))
    .sort((a, b) => a.startMs - b.startMs);
}

function offsetReader(timeline: ChapterTimeline): (entry: ChapterEntry) => number | undefined {
  switch (timeline.kind) {
    case "recording":
      return (entry) => entry.recordingMs;
    case "stream":
      return (entry) => entry.streamMs;
    case "wallClock":
      return () => undefined;
  }
}

/** The entry itself when it has an offset, else the anchor closest to `atMs` by the clock. */
function nearest(
  anchors: readonly ChapterEntry[],
  atMs: number,
  entry: ChapterEntry,
  offsetOf: (entry: ChapterEntry) => number | undefined,
): ChapterEntry {
  if (offsetOf(entry) !== undefined) return entry;
  let best = anchors[0] as ChapterEntry;
  for (const anchor of anchors) {
    const distance = Math.abs(Date.parse(anchor.at) - atMs);
    if (distance < Math.abs(Date.parse(best.at) - atMs)) best = anchor;
  }
  return best;
}
