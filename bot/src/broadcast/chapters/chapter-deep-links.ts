import type { TimedChapter } from "./chapter-entry";

/** A link to the moment an agenda item starts in the published recording. */
export interface ChapterDeepLink {
  itemId: string;
  title: string;
  startSec: number;
  url: string;
}

/**
 * Per-item deep links for the public page: the recording's address with `t=<seconds>`, for
 * every item, however short (merging is for YouTube's list, not for links).
 *
 * @example chapterDeepLinks(timed, new URL("https://www.youtube.com/watch?v=abc"))
 */
export function chapterDeepLinks(
  timed: readonly TimedChapter[],
  recordingUrl: URL,
): ChapterDeepLink[] {
  return [...timed]
    .sort((a, b) => a.startMs - b.startMs)
    .map((chapter) => {
      const startSec = Math.max(0, Math.floor(chapter.startMs / 1000));
      const url = new URL(recordingUrl);
      url.searchParams.set("t", String(startSec));
      return { itemId: chapter.itemId, title: chapter.title, startSec, url: url.toString() };
    });
}
