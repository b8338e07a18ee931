import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { MemoryEventStore, MemoryOutboxStore } from "../store";
import { cardPost, councilSessionLog, SESSION_ID } from "./council-session.fixture";
import { ExportError } from "./export-error";
import { parseEventLogJsonl } from "./event-log-jsonl";
import { writeExport } from "./write-export";

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "council-export-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function sources() {
  const events = new MemoryEventStore();
  const outbox = new MemoryOutboxStore();
  await events.append(SESSION_ID, 0, councilSessionLog());
  const post = cardPost(2, [{ type: "TextBlock", text: "Zasedání zahájeno, vítejte" }]);
  await outbox.enqueue(post);
  await outbox.markDelivered(post.id, "activity-2", "2020-02-27T17:02:01.000Z");
  return { events, outbox };
}

describe("writeExport", () => {
  it("creates the folder and writes the six files, returning their paths", async () => {
    const out = path.join(dir, "nested", "export");

    const files = await writeExport(await sources(), SESSION_ID, out);

    expect(files.map((f) => path.basename(f))).toEqual([
      "minutes.html",
      "minutes.md",
      "chat-log.md",
      "chat-log.csv",
      "events.jsonl",
      "verify.json",
    ]);
    expect(readdirSync(out).sort()).toEqual(files.map((f) => path.basename(f)).sort());
  });

  it("writes an event log that reads back whole and a verify.json that says ok", async () => {
    const src = await sources();

    await writeExport(src, SESSION_ID, dir);

    const stored = await src.events.read(SESSION_ID);
    const jsonl = readFileSync(path.join(dir, "events.jsonl"), "utf8");
    const verify = JSON.parse(readFileSync(path.join(dir, "verify.json"), "utf8"));
    expect(parseEventLogJsonl(jsonl)).toEqual(stored);
    expect(verify).toMatchObject({
      ok: true,
      eventCount: stored.length,
      lastHash: stored.at(-1)?.hash,
    });
  });

  it("writes the chat log CSV with a byte order mark for spreadsheets", async () => {
    await writeExport(await sources(), SESSION_ID, dir);

    const csv = readFileSync(path.join(dir, "chat-log.csv"), "utf8");
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(csv.startsWith("\uFEFFid,")).toBe(true);
    expect(rows).toEqual([
      expect.objectContaining({ status: "delivered", text: "Zasedání zahájeno, vítejte" }),
    ]);
  });

  it("puts the final hash of the log into the minutes", async () => {
    const src = await sources();

    await writeExport(src, SESSION_ID, dir, { lang: "en" });

    const last = (await src.events.read(SESSION_ID)).at(-1);
    const html = readFileSync(path.join(dir, "minutes.html"), "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`<code>${last?.hash}</code>`);
  });

  it("refuses a session the store does not hold, with a code, and writes nothing", async () => {
    const out = path.join(dir, "none");

    const attempt = writeExport(await sources(), "no-such-session", out);

    await expect(attempt).rejects.toBeInstanceOf(ExportError);
    await expect(attempt).rejects.toMatchObject({ code: "session_not_found" });
    expect(() => readdirSync(out)).toThrow();
  });
});
