import type { TimedChapter } from "./chapter-entry";
import { webVttTimestamp } from "./format-timestamp";

export interface WebVttChapterOptions {
  /** Length of the media: the last cue ends there. */
  durationMs?: number;
}

/** A cue needs text: a blank line would end it early. */
const UNTITLED = "–";

/** How long the last cue runs when neither the media length nor the item's end is known. */
const OPEN_END_MS = 1000;

/**
 * A WebVTT chapters file (`<track kind="chapters">`): the header, then one cue per agenda item
 * from its start to the next item's start, the title as the cue text. Items that started at the
 * same moment share a cue; items wholly before the media began are left out.
 *
 * @example renderWebVttChapters(placeChapters(log.entries(), { kind: "recording" }) ?? [])
 */
export function renderWebVttChapters(
  timed: readonly TimedChapter[],
  options: WebVttChapterOptions = {},
): string {
  const cues = toCues(timed, options.durationMs);
  const blocks = cues.map(
    (cue, index) =>
      `${index + 1}\n${webVttTimestamp(cue.startMs)} --> ${webVttTimestamp(cue.endMs)}\n` +
      (escapeCueText(cue.title) || UNTITLED),
  );
  return ["WEBVTT", ...blocks].join("\n\n") + "\n";
}

interface Cue {
  startMs: number;
  endMs: number;
  title: string;
}

function toCues(timed: readonly TimedChapter[], durationMs: number | undefined): Cue[] {
  const sorted = [...timed].sort((a, b) => a.startMs - b.startMs);
  const onMedia = sorted.filter((chapter, i) => (sorted[i + 1]?.startMs ?? Infinity) > 0);
  const groups: { startMs: number; chapters: TimedChapter[] }[] = [];
  for (const chapter of onMedia) {
    const startMs = Math.max(0, Math.round(chapter.startMs));
    const last = groups.at(-1);
    if (last && last.startMs === startMs) last.chapters.push(chapter);
    else groups.push({ startMs, chapters: [chapter] });
  }
  return groups
    .map((group, index) => {
      const final = group.chapters.at(-1) as TimedChapter;
      const fallback = durationMs ?? final.endMs ?? group.startMs + OPEN_END_MS;
      const endMs = Math.round(groups[index + 1]?.startMs ?? fallback);
      const title = group.chapters.map((c) => c.title).join(" · ");
      return { startMs: group.startMs, endMs, title };
    })
    .filter((cue) => cue.endMs > cue.startMs);
}

/** Cue text is HTML-like: `&`, `<` and `>` are escaped, which also rules out a stray `-->`. */
function escapeCueText(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
