import type { ChapterDeepLink } from "./chapter-deep-links";
import { chapterDeepLinks } from "./chapter-deep-links";
import type { ChapterLog } from "./chapter-log";
import type { ChapterTimeline } from "./place-chapters";
import { placeChapters } from "./place-chapters";
import { renderWebVttChapters } from "./webvtt-chapters";
import type { YoutubeChapters } from "./youtube-chapters";
import { youtubeChapters } from "./youtube-chapters";

/** Everything the archive needs from a session's chapter log, for one medium. */
export type ChapterFiles =
  | {
      ok: true;
      webVtt: string;
      youtube: YoutubeChapters;
      /** Per-item links, once the log knows where the recording is published. */
      links: ChapterDeepLink[];
    }
  | { ok: false; reason: "not_on_timeline"; message: string };

/**
 * The WebVTT chapters file, the YouTube description block and the deep links of a session,
 * placed on the recording (default), the stream or a medium with a known wall-clock start.
 */
export function renderChapterFiles(
  log: ChapterLog,
  options: { timeline?: ChapterTimeline; durationSec?: number } = {},
): ChapterFiles {
  const timeline = options.timeline ?? { kind: "recording" };
  const timed = placeChapters(log.entries(), timeline);
  if (!timed) {
    const message = `no chapter mark has a ${timeline.kind} offset; give the medium's start time`;
    return { ok: false, reason: "not_on_timeline", message };
  }
  const durationMs = options.durationSec === undefined ? undefined : options.durationSec * 1000;
  const url = log.recordingUrl();
  return {
    ok: true,
    webVtt: renderWebVttChapters(timed, { durationMs }),
    youtube: youtubeChapters(timed, { durationSec: options.durationSec }),
    links: url ? chapterDeepLinks(timed, url) : [],
  };
}
