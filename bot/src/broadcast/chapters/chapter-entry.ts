/**
 * One agenda item in the chapter log: when it started by the wall clock and, when the switcher
 * said, how far into the recording and the stream that was.
 */
export interface ChapterEntry {
  itemId: string;
  /** As viewers read it: "3. Rozpočet města na rok 2025". */
  title: string;
  /** Wall-clock start (UTC, ISO 8601), from the item_started event. */
  at: string;
  /** Wall-clock end, from the item_ended event, once the item ended. */
  endedAt?: string;
  /** Offset into the recording at `at`, when the recording ran and the switcher reported it. */
  recordingMs?: number;
  /** Offset into the stream at `at`, likewise. */
  streamMs?: number;
}

/** A chapter placed on one media timeline, in milliseconds from the start of that media. */
export interface TimedChapter {
  itemId: string;
  title: string;
  startMs: number;
  /** Where the item ended on the same timeline, when it did. */
  endMs?: number;
}
