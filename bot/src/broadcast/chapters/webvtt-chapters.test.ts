import fc from "fast-check";
import { renderWebVttChapters } from "./webvtt-chapters";

describe("renderWebVttChapters", () => {
  it("writes the header and one cue per item, each ending where the next starts", () => {
    const vtt = renderWebVttChapters(
      [
        { itemId: "1", title: "1. Zahájení", startMs: 0 },
        { itemId: "2", title: "2. Rozpočet <2025> & výhled", startMs: 61_500 },
      ],
      { durationMs: 3_725_000 },
    );

    expect(vtt).toBe(
      "WEBVTT\n\n" +
        "1\n00:00:00.000 --> 00:01:01.500\n1. Zahájení\n\n" +
        "2\n00:01:01.500 --> 01:02:05.000\n2. Rozpočet &lt;2025&gt; &amp; výhled\n",
    );
  });

  it("ends the last cue at the item's end when the media length is unknown", () => {
    const vtt = renderWebVttChapters([{ itemId: "1", title: "Různé", startMs: 0, endMs: 90_000 }]);

    expect(vtt).toContain("00:00:00.000 --> 00:01:30.000");
  });

  it("leaves out items that ended before the media began and joins items starting together", () => {
    const vtt = renderWebVttChapters(
      [
        { itemId: "0", title: "Před záznamem", startMs: -50_000 },
        { itemId: "1", title: "Zahájení", startMs: -2_000 },
        { itemId: "2", title: "Program", startMs: 10_000 },
        { itemId: "3", title: "Rozpočet", startMs: 10_000 },
      ],
      { durationMs: 60_000 },
    );

    expect(vtt).not.toContain("Před záznamem");
    expect(vtt).toContain("00:00:00.000 --> 00:00:10.000\nZahájení");
    expect(vtt).toContain("00:00:10.000 --> 00:01:00.000\nProgram · Rozpočet");
  });

  it("always writes a file a WebVTT parser accepts, with ordered, non-overlapping cues", () => {
    const chapters = fc.array(
      fc.record({
        itemId: fc.string({ minLength: 1, maxLength: 4 }),
        title: fc.string({ maxLength: 30 }),
        startMs: fc.integer({ min: -60_000, max: 10_000_000 }),
      }),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(chapters, fc.option(fc.integer({ min: 0, max: 12_000_000 })), (timed, d) => {
        expectValidChapters(renderWebVttChapters(timed, { durationMs: d ?? undefined }));
      }),
    );
  });
});

/** The parts of the WebVTT grammar a chapters track relies on. */
function expectValidChapters(vtt: string): void {
  const [header, ...blocks] = vtt.trimEnd().split("\n\n");
  expect(header).toBe("WEBVTT");
  let previousEnd = 0;
  for (const block of blocks) {
    const [id, timing, ...text] = block.split("\n");
    expect(id).toMatch(/^\d+$/);
    const match = /^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$/.exec(
      timing ?? "",
    );
    expect(match).not.toBeNull();
    const n = (match as RegExpExecArray).slice(1).map(Number) as number[];
    const ms = (i: number) =>
      (n[i] as number) * 3_600_000 +
      (n[i + 1] as number) * 60_000 +
      (n[i + 2] as number) * 1000 +
      (n[i + 3] as number);
    expect(ms(0)).toBeGreaterThanOrEqual(previousEnd);
    expect(ms(4)).toBeGreaterThan(ms(0));
    previousEnd = ms(4);
    expect(text.join("\n")).not.toMatch(/-->|[<]|\n/);
  }
}
