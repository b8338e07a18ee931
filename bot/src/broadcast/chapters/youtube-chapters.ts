import type { TimedChapter } from "./chapter-entry";
import { youtubeTimestamp } from "./format-timestamp";

/** YouTube's rules for chapters in a description; break one and it shows none at all. */
export const YOUTUBE_MIN_CHAPTERS = 3;
export const YOUTUBE_MIN_CHAPTER_SECONDS = 10;

/** One line of the description block, covering one or more agenda items. */
export interface YoutubeChapter {
  startSec: number;
  title: string;
  itemIds: string[];
}

export type YoutubeChapterRefusal = "no_chapters" | "fewer_than_three";

/** The block to paste, or why YouTube would not show it (the block is still there to read). */
export type YoutubeChapters =
  | { ok: true; chapters: YoutubeChapter[]; text: string }
  | {
      ok: false;
      reason: YoutubeChapterRefusal;
      message: string;
      chapters: YoutubeChapter[];
      text: string;
    };

export interface YoutubeChapterOptions {
  /** Length of the video; without it the last chapter is taken to be long enough. */
  durationSec?: number;
  /** Title of the chapter before the first item when the video starts well before it. */
  introTitle?: string;
}

/** A merged line stays readable in the description. */
const MAX_TITLE_LENGTH = 100;

/**
 * A YouTube description block: the first chapter at 0:00, ascending, each at least 10 s long,
 * at least three. Items shorter than 10 s (approving the programme, say) are merged into the
 * chapter before them, or the next one when they come first, so that one short item does not
 * make YouTube drop the whole list. Taking each boundary as early as the spacing allows keeps
 * the most chapters, so when this says "fewer_than_three" no choice of the items' starts could
 * have made three.
 *
 * @example youtubeChapters(placeChapters(log.entries(), { kind: "recording" }) ?? [])
 */
export function youtubeChapters(
  timed: readonly TimedChapter[],
  options: YoutubeChapterOptions = {},
): YoutubeChapters {
  const points = startAtZero(toPoints(timed), options.introTitle ?? "Úvod");
  const chapters = trimEnd(spaceOut(points), options.durationSec);
  const text = chapters.map((c) => `${youtubeTimestamp(c.startSec)} ${c.title}`).join("\n");

  if (chapters.length === 0) {
    return {
      ok: false,
      reason: "no_chapters",
      message: "no agenda item has started",
      chapters,
      text,
    };
  }
  if (chapters.length < YOUTUBE_MIN_CHAPTERS) {
    const message =
      `only ${chapters.length} chapter(s) of at least ${YOUTUBE_MIN_CHAPTER_SECONDS} s; ` +
      `YouTube needs ${YOUTUBE_MIN_CHAPTERS}`;
    return { ok: false, reason: "fewer_than_three", message, chapters, text };
  }
  return { ok: true, chapters, text };
}

function toPoints(timed: readonly TimedChapter[]): YoutubeChapter[] {
  return [...timed]
    .sort((a, b) => a.startMs - b.startMs)
    .map((c) => ({
      startSec: Math.max(0, Math.floor(c.startMs / 1000)),
      title: oneLine(c.title) || "–",
      itemIds: [c.itemId],
    }));
}

/** The first chapter must be at 0:00: an intro chapter when there is room, else the first moves. */
function startAtZero(points: YoutubeChapter[], introTitle: string): YoutubeChapter[] {
  const [first, ...rest] = points;
  if (!first || first.startSec === 0) return points;
  if (first.startSec >= YOUTUBE_MIN_CHAPTER_SECONDS) {
    return [{ startSec: 0, title: oneLine(introTitle), itemIds: [] }, ...points];
  }
  return [{ ...first, startSec: 0 }, ...rest];
}

/** Keeps a boundary only 10 s or more after the last one kept; the rest merge into it. */
function spaceOut(points: readonly YoutubeChapter[]): YoutubeChapter[] {
  const kept: YoutubeChapter[] = [];
  for (const point of points) {
    const last = kept.at(-1);
    if (last && point.startSec - last.startSec < YOUTUBE_MIN_CHAPTER_SECONDS) {
      kept[kept.length - 1] = merge(last, point);
    } else {
      kept.push({ ...point });
    }
  }
  return kept;
}

/** The last chapter must also run 10 s before the video ends. */
function trimEnd(chapters: YoutubeChapter[], durationSec: number | undefined): YoutubeChapter[] {
  if (durationSec === undefined) return chapters;
  const kept = [...chapters];
  while (kept.length > 1) {
    const last = kept.at(-1) as YoutubeChapter;
    if (durationSec - last.startSec >= YOUTUBE_MIN_CHAPTER_SECONDS) break;
    kept.pop();
    kept[kept.length - 1] = merge(kept.at(-1) as YoutubeChapter, last);
  }
  return kept;
}

function merge(into: YoutubeChapter, other: YoutubeChapter): YoutubeChapter {
  const title = into.itemIds.length === 0 ? other.title : `${into.title} · ${other.title}`;
  return {
    startSec: into.startSec,
    title: title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title,
    itemIds: [...into.itemIds, ...other.itemIds],
  };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
