import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { chatlogCommand } from "../cli/chatlog-command";
import type { CommandIo } from "../cli/export-command";
import { exportCommand } from "../cli/export-command";
import { openDatabase, SqliteEventStore, SqliteOutboxStore } from "../store";
import { cardPost, councilSessionLog, SESSION_ID } from "./council-session.fixture";

let dataDir: string;
let outDir: string;

/** Captures what a command prints, with DATA_DIR pointing at the test's folder. */
function testIo(): CommandIo & { stdout: string; stderr: string } {
  const io = {
    env: { DATA_DIR: dataDir },
    stdout: "",
    stderr: "",
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
  };
  return io;
}

/** A data folder as the service leaves it: the SQLite store with sessions and bot posts. */
async function seedStore(sessionIds: string[]): Promise<void> {
  const db = openDatabase(path.join(dataDir, "council.sqlite"));
  const events = new SqliteEventStore(db);
  const outbox = new SqliteOutboxStore(db);
  for (const sessionId of sessionIds) {
    await events.append(sessionId, 0, councilSessionLog());
    const post = cardPost(2, [{ type: "TextBlock", text: 'Zasedání "13", zahájeno' }]);
    await outbox.enqueue({ ...post, id: `${sessionId}:2:opened`, sessionId });
  }
  db.close();
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "council-data-"));
  outDir = mkdtempSync(path.join(tmpdir(), "council-out-"));
});

afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

describe("export command", () => {
  it("exports the only session into DIR and prints the files written", async () => {
    await seedStore([SESSION_ID]);
    const io = testIo();

    const code = await exportCommand(["--out", outDir], io);

    expect(code).toBe(0);
    expect(io.stdout.trim().split("\n")).toEqual(
      [
        "minutes.html",
        "minutes.md",
        "chat-log.md",
        "chat-log.csv",
        "events.jsonl",
        "verify.json",
      ].map((name) => path.join(outDir, name)),
    );
    const verify = JSON.parse(readFileSync(path.join(outDir, "verify.json"), "utf8"));
    expect(verify).toMatchObject({ ok: true, sessionId: SESSION_ID });
  });

  it("exports each of several sessions into its own folder, keeping ids inside DIR", async () => {
    await seedStore(["a-2020", "../b 2021"]);
    const io = testIo();

    const code = await exportCommand(["--out", outDir], io);

    expect(code).toBe(0);
    expect(existsSync(path.join(outDir, "a-2020", "minutes.html"))).toBe(true);
    expect(existsSync(path.join(outDir, ".._b_2021", "minutes.md"))).toBe(true);
  });

  it("exports the session named by --session in the language asked", async () => {
    await seedStore(["a-2020", SESSION_ID]);
    const io = testIo();

    const code = await exportCommand(
      ["--out", outDir, "--session", SESSION_ID, "--lang", "en"],
      io,
    );

    expect(code).toBe(0);
    expect(readFileSync(path.join(outDir, "minutes.md"), "utf8")).toContain(
      "# Minutes of the session",
    );
  });

  it("fails with the session_not_found code for an unknown session", async () => {
    await seedStore([SESSION_ID]);
    const io = testIo();

    const code = await exportCommand(["--out", outDir, "--session", "nope"], io);

    expect(code).toBe(1);
    expect(io.stderr).toContain("error [session_not_found]");
  });

  it("fails without creating a store when DATA_DIR holds none", async () => {
    const io = testIo();

    const code = await exportCommand(["--out", outDir], io);

    expect(code).toBe(1);
    expect(io.stderr).toContain("error [store_not_found]");
    expect(existsSync(path.join(dataDir, "council.sqlite"))).toBe(false);
  });

  it("answers bad usage with exit code 2 and the usage", async () => {
    const io = testIo();

    expect(await exportCommand([], io)).toBe(2);
    expect(await exportCommand(["--out", outDir, "--bogus"], io)).toBe(2);
    expect(io.stderr).toContain("Usage: export --out DIR");
  });
});

describe("chatlog command", () => {
  it("prints the chat log as CSV", async () => {
    await seedStore([SESSION_ID]);
    const io = testIo();

    const code = await chatlogCommand(["--session", SESSION_ID, "--format", "csv"], io);

    expect(code).toBe(0);
    const rows = parse(io.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      expect.objectContaining({ status: "pending", text: 'Zasedání "13", zahájeno' }),
    ]);
  });

  it("prints Markdown, a line, then CSV when no format is asked", async () => {
    await seedStore([SESSION_ID]);
    const io = testIo();

    const code = await chatlogCommand(["--session", SESSION_ID], io);

    expect(code).toBe(0);
    const [markdown, csv] = io.stdout.split("\n---\n\n");
    expect(markdown).toContain("# Záznam příspěvků bota: 13. zasedání Zastupitelstva města Vzorov");
    expect(markdown).toContain("čeká na odeslání");
    expect(csv?.startsWith("id,created_at,delivered_at,")).toBe(true);
  });

  it("fails for an unknown session and asks for --session", async () => {
    await seedStore([SESSION_ID]);
    const io = testIo();

    expect(await chatlogCommand(["--session", "nope"], io)).toBe(1);
    expect(io.stderr).toContain("error [session_not_found]");
    expect(await chatlogCommand(["--format", "md"], io)).toBe(2);
    expect(await chatlogCommand(["--session", SESSION_ID, "--format", "pdf"], io)).toBe(2);
    expect(io.stderr).toContain("--format must be md or csv");
  });
});
