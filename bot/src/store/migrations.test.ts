import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrate, SCHEMA_VERSION } from "./migrations";
import { openDatabase } from "./open-database";
import { SqliteBindingStore } from "./sqlite-binding-store";
import { SqliteChatSessionStore } from "./sqlite-chat-session-store";

/** The schema version of the release before meeting ids and chat choices. */
const BEFORE_MEETINGS = 2;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "council-migrate-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A file as the previous release left it: its schema, and one binding written by its SQL. */
function fileFromPreviousRelease(name: string): string {
  const file = join(dir, name);
  const db = new Database(file);
  migrate(db, BEFORE_MEETINGS);
  db.prepare(
    `INSERT INTO conversation_bindings (conversation_id, session_id, reference, bound_at)
     VALUES ('19:meeting_old@thread.v2', 's1', '{"serviceUrl":"https://smba/"}', '2025-03-12T15:00:00.000Z')`,
  ).run();
  db.close();
  return file;
}

describe("migrate", () => {
  it("upgrades a file of the previous release, keeping its bindings without a meeting id", async () => {
    const file = fileFromPreviousRelease("old.sqlite");

    const db = openDatabase(file);
    const version = db.pragma("user_version", { simple: true });
    const bindings = await new SqliteBindingStore(db).forSession("s1");
    db.close();

    expect(version).toBe(SCHEMA_VERSION);
    expect(bindings).toEqual([
      {
        sessionId: "s1",
        conversationId: "19:meeting_old@thread.v2",
        reference: { serviceUrl: "https://smba/" },
        boundAt: "2025-03-12T15:00:00.000Z",
      },
    ]);
  });

  it("gives an upgraded file the chat choices table and the meeting id column", async () => {
    const file = fileFromPreviousRelease("choices.sqlite");
    const db = openDatabase(file);
    const chats = new SqliteChatSessionStore(db);
    const bindings = new SqliteBindingStore(db);

    await chats.choose({
      chatId: "19:meeting_old@thread.v2",
      sessionId: "s2",
      chosenBy: "clerk",
      chosenAt: "2025-03-12T15:10:00.000Z",
    });
    await bindings.bind({
      sessionId: "s2",
      conversationId: "19:meeting_new@thread.v2",
      meetingId: "MCMxOTpt",
      reference: {},
      boundAt: "2025-03-12T15:11:00.000Z",
    });
    const found = [
      (await chats.forChat("19:meeting_old@thread.v2"))?.sessionId,
      (await bindings.forConversation("19:meeting_new@thread.v2"))?.meetingId,
    ];
    db.close();

    expect(found).toEqual(["s2", "MCMxOTpt"]);
  });

  it("does nothing to a file that is current already", () => {
    const db = openDatabase(join(dir, "current.sqlite"));

    migrate(db);

    expect(db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });
});
