import { ChapterLog } from "./chapter-log";

describe("ChapterLog", () => {
  it("keeps the first start of an item started twice, and its end and offsets", () => {
    const log = new ChapterLog();

    log.start("item-2", "2. Rozpočet", "2025-03-12T17:05:00.000Z");
    log.offsets("item-2", { recordingMs: 300_000 });
    log.start("item-2", "2. Rozpočet", "2025-03-12T17:30:00.000Z");
    log.end("item-2", "2025-03-12T17:35:00.000Z");

    expect(log.entries()).toEqual([
      {
        itemId: "item-2",
        title: "2. Rozpočet",
        at: "2025-03-12T17:05:00.000Z",
        endedAt: "2025-03-12T17:35:00.000Z",
        recordingMs: 300_000,
      },
    ]);
  });

  it("hands out copies, so a caller cannot change the log", () => {
    const log = new ChapterLog();
    log.start("item-1", "1. Zahájení", "2025-03-12T17:00:00.000Z");

    const [entry] = log.entries();
    if (entry) entry.title = "changed";

    expect(log.entries()[0]?.title).toBe("1. Zahájení");
  });
});
