import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { attendanceEvent } from "./event-store.contract";
import { openDatabase } from "./open-database";
import { votePost } from "./outbox-store.contract";
import { SqliteBindingStore } from "./sqlite-binding-store";
import { SqliteEventStore } from "./sqlite-event-store";
import { SqliteOutboxStore } from "./sqlite-outbox-store";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "council-db-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("openDatabase", () => {
  it("syncs every commit to disk in WAL mode", () => {
    const db = openDatabase(join(dir, "pragmas.sqlite"));

    const pragmas = ["journal_mode", "synchronous"].map((name) =>
      db.pragma(name, { simple: true }),
    );
    db.close();

    expect(pragmas).toEqual(["wal", 2]);
  });

  it("keeps events, outbox and bindings in one file across a restart", async () => {
    const file = join(dir, "shared.sqlite");
    const db = openDatabase(file);
    await new SqliteEventStore(db).append("s1", 0, [attendanceEvent(1)]);
    await new SqliteOutboxStore(db).enqueue(votePost("s1:1:card", 1));
    await new SqliteBindingStore(db).bind({
      sessionId: "s1",
      conversationId: "19:a",
      reference: {},
      boundAt: "2025-03-12T15:00:00.000Z",
    });
    db.close();

    const reopened = openDatabase(file);
    const found = [
      (await new SqliteEventStore(reopened).read("s1")).length,
      (await new SqliteOutboxStore(reopened).list("s1")).length,
      (await new SqliteBindingStore(reopened).forSession("s1")).length,
    ];
    reopened.close();

    expect(found).toEqual([1, 1, 1]);
  });

  it("leaves a shared connection open when the event store closes", async () => {
    const db = openDatabase(":memory:");

    await new SqliteEventStore(db).close();

    expect(db.open).toBe(true);
    db.close();
  });
});
