import type { ChapterEntry } from "./chapter-entry";
import { placeChapters } from "./place-chapters";

const entries: ChapterEntry[] = [
  { itemId: "1", title: "1. Zahájení", at: "2025-03-12T17:00:00.000Z", recordingMs: 30_000 },
  { itemId: "2", title: "2. Rozpočet", at: "2025-03-12T17:05:00.000Z" },
  {
    itemId: "3",
    title: "3. Různé",
    at: "2025-03-12T17:40:00.000Z",
    endedAt: "2025-03-12T17:45:00.000Z",
    recordingMs: 2_431_000,
    streamMs: 2_400_000,
  },
];

describe("placeChapters", () => {
  it("uses the offsets the switcher reported", () => {
    const placed = placeChapters(entries, { kind: "recording" });

    expect(placed?.[0]?.startMs).toBe(30_000);
    expect(placed?.[2]).toMatchObject({ startMs: 2_431_000, endMs: 2_731_000 });
  });

  it("places an item without a mark from the nearest marked item by the wall clock", () => {
    const placed = placeChapters(entries, { kind: "recording" });

    expect(placed?.[1]?.startMs).toBe(330_000);
  });

  it("places every item by the clock on a medium whose start time is known", () => {
    const placed = placeChapters(entries, {
      kind: "wallClock",
      startedAt: "2025-03-12T16:59:00.000Z",
    });

    expect(placed?.map((c) => c.startMs)).toEqual([60_000, 360_000, 2_460_000]);
  });

  it("cannot place the chapters on a timeline nothing was marked on", () => {
    const unmarked = entries.map(({ itemId, title, at }) => ({ itemId, title, at }));

    expect(placeChapters(unmarked, { kind: "stream" })).toBeUndefined();
  });
});
