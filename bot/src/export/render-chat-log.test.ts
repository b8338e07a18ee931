import { parse } from "csv-parse/sync";
import { cardPost } from "./council-session.fixture";
import { CHAT_LOG_COLUMNS, renderChatLogCsv, renderChatLogMarkdown } from "./render-chat-log";

const opened = cardPost(2, [
  { type: "TextBlock", text: "Zasedání zahájeno", wrap: true },
  {
    type: "FactSet",
    facts: [
      { title: "Místo", value: "Velký sál, radnice" },
      { title: "Usnášeníschopnost", value: "přítomno 16 z 23" },
    ],
  },
]);

const tricky = cardPost(35, [
  {
    type: "Container",
    items: [
      { type: "TextBlock", text: 'Hlasování č. 4: "Rozpočet", rok 2020' },
      { type: "TextBlock", text: "druhý řádek\r\ntřetí" },
    ],
  },
]);

const failed = cardPost(40, [{ type: "TextBlock", text: "Výsledek <b>hlasování</b>" }], {
  status: "failed",
  attempts: 5,
  deliveredAt: undefined,
  activityId: undefined,
  lastError: "HTTP 403 Forbidden",
});

const update = cardPost(36, [{ type: "TextBlock", text: "Hlasování ukončeno" }], {
  kind: "update",
  targetId: tricky.id,
});

describe("renderChatLogCsv", () => {
  it("writes a header and one RFC 4180 record per post, quoting commas, quotes and newlines", () => {
    const csv = renderChatLogCsv([opened, tricky, failed]);

    expect(csv.split("\r\n")[0]).toBe(CHAT_LOG_COLUMNS.join(","));
    expect(csv).toContain('"Hlasování č. 4: ""Rozpočet"", rok 2020\ndruhý řádek\r\ntřetí"');
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("parses back into the same fields", () => {
    const csv = renderChatLogCsv([opened, tricky, failed]);

    const rows = parse(csv, { columns: true }) as Record<string, string>[];

    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      id: opened.id,
      created_at: "2020-02-27T17:02:00.000Z",
      delivered_at: "2020-02-27T17:02:01.500Z",
      status: "delivered",
      attempts: "1",
      kind: "post",
      conversation_id: "19:meeting@thread.v2",
      activity_id: "activity-2",
      text: "Zasedání zahájeno\nMísto: Velký sál, radnice\nUsnášeníschopnost: přítomno 16 z 23",
    });
    expect(rows[1]?.text).toBe('Hlasování č. 4: "Rozpočet", rok 2020\ndruhý řádek\r\ntřetí');
    expect(rows[2]).toMatchObject({ status: "failed", attempts: "5", delivered_at: "" });
  });
});

describe("renderChatLogMarkdown", () => {
  it("shows each post's time in the session's zone, kind, delivery and quoted text", () => {
    const md = renderChatLogMarkdown([opened, update], {
      timeZone: "Europe/Prague",
      title: "13. zasedání",
    });

    expect(md).toContain("# Záznam příspěvků bota: 13. zasedání");
    expect(md).toContain("## 1. 27. 2. 2020 18:02 · příspěvek · doručeno 27. 2. 2020 18:02");
    expect(md).toContain("> Zasedání zahájeno\n>\n> Místo: Velký sál, radnice");
    expect(md).toContain(`## 2. 27. 2. 2020 18:36 · úprava příspěvku · doručeno`);
    expect(md).toContain(`- **Upravuje:** ${tricky.id}`);
  });

  it("names a failed delivery with its last error and escapes the card's markup", () => {
    const md = renderChatLogMarkdown([failed], { lang: "en" });

    expect(md).toContain("## 1. 2020-02-27T17:40:00.000Z · post · failed");
    expect(md).toContain("- **Last error:** HTTP 403 Forbidden");
    expect(md).toContain("> Výsledek \\<b\\>hlasování\\</b\\>");
  });

  it("says so when the bot posted nothing", () => {
    expect(renderChatLogMarkdown([])).toContain("Bot do chatu nic neposlal.");
  });
});
