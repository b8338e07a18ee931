import { activityText } from "./activity-text";

describe("activityText", () => {
  it("flattens text blocks, facts, columns and rich text in document order", () => {
    const activity = {
      type: "message",
      text: "Dobrý den",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: {
            type: "AdaptiveCard",
            body: [
              { type: "TextBlock", text: "Nadpis" },
              {
                type: "ColumnSet",
                columns: [
                  { type: "Column", items: [{ type: "TextBlock", text: "Vlevo" }] },
                  {
                    type: "Column",
                    items: [{ type: "FactSet", facts: [{ title: "Pro", value: "14" }] }],
                  },
                ],
              },
              { type: "RichTextBlock", inlines: [{ type: "TextRun", text: "tučně" }, " a dál"] },
              { type: "Image", url: "https://example.invalid/x.png" },
            ],
          },
        },
      ],
    };

    expect(activityText(activity)).toBe("Dobrý den\nNadpis\nVlevo\nPro: 14\ntučně a dál");
  });

  it("falls back to the summary, and to nothing for a value that is no activity", () => {
    expect(activityText({ type: "message", summary: "Hlasování zahájeno" })).toBe(
      "Hlasování zahájeno",
    );
    expect(activityText(null)).toBe("");
    expect(activityText("text")).toBe("");
  });
});
