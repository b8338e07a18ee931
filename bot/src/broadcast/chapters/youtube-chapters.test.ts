import fc from "fast-check";
import type { TimedChapter } from "./chapter-entry";
import { YOUTUBE_MIN_CHAPTER_SECONDS, youtubeChapters } from "./youtube-chapters";

const chapter = (itemId: string, startSec: number, title = `Bod ${itemId}`): TimedChapter => ({
  itemId,
  title,
  startMs: startSec * 1000,
});

describe("youtubeChapters", () => {
  it("writes one line per item, the first at 0:00", () => {
    const result = youtubeChapters([
      chapter("1", 0, "1. Zahájení"),
      chapter("2", 95, "2. Rozpočet města"),
      chapter("3", 3725, "3. Různé"),
    ]);

    expect(result.ok).toBe(true);
    expect(result.text).toBe("0:00 1. Zahájení\n1:35 2. Rozpočet města\n1:02:05 3. Různé");
  });

  it("merges the approval of the programme, a few seconds long, into its neighbour", () => {
    const result = youtubeChapters([
      chapter("1", 0, "1. Zahájení"),
      chapter("2", 120, "2. Schválení programu"),
      chapter("3", 124, "3. Rozpočet"),
      chapter("4", 900, "4. Různé"),
    ]);

    expect(result.chapters.map((c) => c.itemIds)).toEqual([["1"], ["2", "3"], ["4"]]);
    expect(result.text.split("\n")[1]).toBe("2:00 2. Schválení programu · 3. Rozpočet");
  });

  it("adds an intro chapter when the video starts well before the first item", () => {
    const result = youtubeChapters([chapter("1", 300), chapter("2", 600), chapter("3", 900)]);

    expect(result.chapters[0]).toEqual({ startSec: 0, title: "Úvod", itemIds: [] });
    expect(result.chapters).toHaveLength(4);
  });

  it("moves the first item to 0:00 when it starts only seconds in", () => {
    const result = youtubeChapters([chapter("1", 4), chapter("2", 600), chapter("3", 900)]);

    expect(result.chapters[0]).toMatchObject({ startSec: 0, itemIds: ["1"] });
  });

  it("merges a last item that ends within 10 s of the video's end into the one before", () => {
    const timed = [chapter("1", 0), chapter("2", 60), chapter("3", 120), chapter("4", 175)];

    const result = youtubeChapters(timed, { durationSec: 180 });

    expect(result.chapters.at(-1)?.itemIds).toEqual(["3", "4"]);
  });

  it("says why when fewer than three chapters are possible", () => {
    const result = youtubeChapters([chapter("1", 0), chapter("2", 8), chapter("3", 600)]);

    expect(result).toMatchObject({ ok: false, reason: "fewer_than_three" });
    expect(result.chapters).toHaveLength(2);
  });

  it("says so when no item has started", () => {
    expect(youtubeChapters([])).toMatchObject({ ok: false, reason: "no_chapters", text: "" });
  });

  it("keeps every item and satisfies YouTube's rules whenever three chapters fit", () => {
    fc.assert(
      fc.property(
        arbitraryChapters(),
        fc.option(fc.integer({ min: 1, max: 20_000 })),
        (timed, d) => {
          const durationSec = d ?? undefined;

          const result = youtubeChapters(timed, { durationSec });

          expect(result.chapters.flatMap((c) => c.itemIds).sort()).toEqual(
            timed.map((c) => c.itemId).sort(),
          );
          if (result.ok) expectYoutubeRules(result.text, durationSec);
          else expect(maxChapters(timed, durationSec)).toBeLessThan(3);
        },
      ),
    );
  });
});

function arbitraryChapters(): fc.Arbitrary<TimedChapter[]> {
  return fc
    .array(fc.integer({ min: -30_000, max: 7_200_000 }), { maxLength: 12 })
    .map((starts) => starts.map((startMs, i) => ({ itemId: `i${i}`, title: `Bod ${i}`, startMs })));
}

/** Parses the block back and checks it the way YouTube does. */
function expectYoutubeRules(text: string, durationSec: number | undefined): void {
  const starts = text.split("\n").map((line) => {
    const match = /^(?:(\d+):)?(\d{1,2}):(\d{2}) \S/.exec(line);
    expect(match).not.toBeNull();
    const [, h, m, s] = match as RegExpExecArray;
    return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
  });
  expect(text.startsWith("0:00 ")).toBe(true);
  expect(starts.length).toBeGreaterThanOrEqual(3);
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? durationSec ?? Infinity;
    expect(end - start).toBeGreaterThanOrEqual(YOUTUBE_MIN_CHAPTER_SECONDS);
  });
}

/**
 * The most chapters any choice of boundaries allows, by brute force: 0:00 plus any of the
 * items' starts, each at least 10 s after the one before and 10 s before the end.
 */
function maxChapters(timed: TimedChapter[], durationSec: number | undefined): number {
  const starts = [...new Set(timed.map((c) => Math.max(0, Math.floor(c.startMs / 1000))))]
    .filter((s) => s > 0)
    .sort((a, b) => a - b);
  if (timed.length === 0) return 0;
  const end = durationSec ?? Infinity;
  let best = 0;
  const walk = (last: number, from: number, count: number) => {
    if (end - last >= YOUTUBE_MIN_CHAPTER_SECONDS) best = Math.max(best, count);
    for (let i = from; i < starts.length; i++) {
      const s = starts[i] as number;
      if (s - last >= YOUTUBE_MIN_CHAPTER_SECONDS) walk(s, i + 1, count + 1);
    }
  };
  walk(0, 0, 1);
  return best;
}
