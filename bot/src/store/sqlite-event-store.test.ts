import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { ConcurrencyError } from "./concurrency-error";
import { attendanceEvent, describeEventStoreContract } from "./event-store.contract";
import { verifyChain } from "./hash-chain";
import { SCHEMA_VERSION } from "./migrations";
import { SchemaVersionError } from "./schema-version-error";
import { SqliteEventStore } from "./sqlite-event-store";

let dir: string;
let fileCount = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "council-store-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function freshFile(): string {
  fileCount += 1;
  return join(dir, `council-${fileCount}.sqlite`);
}

describeEventStoreContract(
  "SqliteEventStore in memory",
  async () => new SqliteEventStore(":memory:"),
);
describeEventStoreContract(
  "SqliteEventStore in a file",
  async () => new SqliteEventStore(freshFile()),
);

describe("SqliteEventStore file", () => {
  it("reads everything back after the file is closed and reopened", async () => {
    const file = freshFile();
    const first = new SqliteEventStore(file);
    const written = await first.append("s1", 0, [attendanceEvent(1), attendanceEvent(2)]);
    await first.close();

    const reopened = new SqliteEventStore(file);
    const read = await reopened.read("s1");
    await reopened.close();

    expect(read).toEqual(written);
    expect(verifyChain(read)).toMatchObject({ ok: true, lastSeq: 2 });
  });

  it("continues the chain after reopening", async () => {
    const file = freshFile();
    const first = new SqliteEventStore(file);
    await first.append("s1", 0, [attendanceEvent(1)]);
    await first.close();

    const reopened = new SqliteEventStore(file);
    await reopened.append("s1", 1, [attendanceEvent(2)]);
    const read = await reopened.read("s1");
    await reopened.close();

    expect(verifyChain(read)).toMatchObject({ ok: true, lastSeq: 2 });
  });

  it("lets one of two connections with the same expectedSeq win", async () => {
    const file = freshFile();
    const [a, b] = [new SqliteEventStore(file), new SqliteEventStore(file)];

    const outcomes = await Promise.allSettled([
      a.append("s1", 0, [attendanceEvent(1)]),
      b.append("s1", 0, [attendanceEvent(2)]),
    ]);
    const read = await b.read("s1");
    await Promise.all([a.close(), b.close()]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({
      reason: expect.any(ConcurrencyError),
    });
    expect(read).toHaveLength(1);
  });

  it("exposes a payload edited in the file to chain verification", async () => {
    const file = freshFile();
    const store = new SqliteEventStore(file);
    await store.append("s1", 0, [attendanceEvent(1), attendanceEvent(2), attendanceEvent(3)]);

    editFile(
      file,
      `UPDATE events SET payload = json_set(payload, '$.mode', 'absent') WHERE seq = 2`,
    );
    const read = await store.read("s1");
    await store.close();

    expect(verifyChain(read)).toEqual({ ok: false, seq: 2, reason: "hash_mismatch" });
  });

  it("leaves the file in WAL mode at the current schema version", async () => {
    const file = freshFile();
    await new SqliteEventStore(file).close();

    const db = new Database(file);
    const pragmas = ["journal_mode", "user_version"].map((name) =>
      db.pragma(name, { simple: true }),
    );
    db.close();

    expect(pragmas).toEqual(["wal", SCHEMA_VERSION]);
  });

  it("refuses a file written by a newer schema", () => {
    const file = freshFile();
    editFile(file, `PRAGMA user_version = ${SCHEMA_VERSION + 1}`);

    expect(() => new SqliteEventStore(file)).toThrow(SchemaVersionError);
  });
});

describe("SqliteEventStore after a crash", () => {
  let child: ChildProcess | undefined;

  afterEach(() => {
    if (child?.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });

  it("keeps every acknowledged event of a writer killed with SIGKILL, chain intact", async () => {
    const file = freshFile();
    child = spawnWriter(file, "s-crash");

    const acked = await killAfterAcks(child, 20);
    const store = new SqliteEventStore(file);
    const read = await store.read("s-crash");
    await store.close();

    expect(acked.length).toBeGreaterThanOrEqual(20);
    expect(verifyChain(read)).toMatchObject({ ok: true });
    for (const ack of acked) expect(read[ack.seq - 1]?.hash).toBe(ack.hash);
  });
});

function editFile(file: string, sql: string): void {
  const db = new Database(file);
  db.exec(sql);
  db.close();
}

function spawnWriter(file: string, sessionId: string): ChildProcess {
  const script = join(__dirname, "sqlite-crash-writer.fixture.ts");
  return spawn(process.execPath, ["--import", "tsx", script, file, sessionId], {
    cwd: __dirname,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

interface Ack {
  seq: number;
  hash: string;
}

/** Collects acknowledgements and sends SIGKILL the moment the n-th arrives. */
function killAfterAcks(child: ChildProcess, n: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const acks: Ack[] = [];
    let buffered = "";
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(acks);
      else reject(new Error(`writer exited early (${code}): ${stderr}`));
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      const lines = (buffered + chunk.toString()).split("\n");
      buffered = lines.pop() ?? "";
      acks.push(...lines.map(parseAck));
      if (acks.length >= n) child.kill("SIGKILL");
    });
  });
}

function parseAck(line: string): Ack {
  const [seq, hash] = line.split(" ");
  return { seq: Number(seq), hash: hash ?? "" };
}
