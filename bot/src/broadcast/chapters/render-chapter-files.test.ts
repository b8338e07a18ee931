import { ChapterLog } from "./chapter-log";
import { renderChapterFiles } from "./render-chapter-files";

function eveningLog(): ChapterLog {
  const log = new ChapterLog();
  log.start("item-1", "1. Zahájení", "2025-03-12T17:00:00.000Z");
  log.offsets("item-1", { recordingMs: 12_000 });
  log.start("item-2", "2. Schválení programu", "2025-03-12T17:04:00.000Z");
  log.start("item-3", "3. Rozpočet", "2025-03-12T17:04:05.000Z");
  log.start("item-4", "4. Různé", "2025-03-12T18:10:00.000Z");
  return log;
}

describe("renderChapterFiles", () => {
  it("renders the WebVTT file and the YouTube block on the recording's timeline", () => {
    const files = renderChapterFiles(eveningLog(), { durationSec: 4 * 3600 });

    expect(files.ok).toBe(true);
    if (!files.ok) return;
    expect(files.webVtt).toContain("00:04:12.000 --> 00:04:17.000\n2. Schválení programu");
    expect(files.youtube.text).toBe(
      "0:00 Úvod\n0:12 1. Zahájení\n4:12 2. Schválení programu · 3. Rozpočet\n1:10:12 4. Různé",
    );
    expect(files.links).toEqual([]);
  });

  it("adds a deep link per item once the recording's address is set", () => {
    const log = eveningLog();
    log.setRecordingUrl(new URL("https://www.youtube.com/watch?v=zasedani12"));

    const files = renderChapterFiles(log);

    expect(files.ok && files.links.map((l) => l.url)).toEqual([
      "https://www.youtube.com/watch?v=zasedani12&t=12",
      "https://www.youtube.com/watch?v=zasedani12&t=252",
      "https://www.youtube.com/watch?v=zasedani12&t=257",
      "https://www.youtube.com/watch?v=zasedani12&t=4212",
    ]);
  });

  it("says so when nothing ties the log to the stream", () => {
    expect(renderChapterFiles(eveningLog(), { timeline: { kind: "stream" } })).toMatchObject({
      ok: false,
      reason: "not_on_timeline",
    });
  });
});
