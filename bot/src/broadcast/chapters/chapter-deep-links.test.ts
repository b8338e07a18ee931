import { chapterDeepLinks } from "./chapter-deep-links";

describe("chapterDeepLinks", () => {
  it("links every item to its start second, keeping the recording's own query", () => {
    const links = chapterDeepLinks(
      [
        { itemId: "item-2", title: "2. Rozpočet", startMs: 95_700 },
        { itemId: "item-1", title: "1. Zahájení", startMs: -3_000 },
      ],
      new URL("https://www.youtube.com/watch?v=abc123&t=5"),
    );

    expect(links).toEqual([
      {
        itemId: "item-1",
        title: "1. Zahájení",
        startSec: 0,
        url: "https://www.youtube.com/watch?v=abc123&t=0",
      },
      {
        itemId: "item-2",
        title: "2. Rozpočet",
        startSec: 95,
        url: "https://www.youtube.com/watch?v=abc123&t=95",
      },
    ]);
  });
});
