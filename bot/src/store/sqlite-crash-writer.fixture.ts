/**
 * Child process for the crash test: appends to a SQLite event store without end and prints
 * "<seq> <hash>" once each append has resolved, until the parent kills it.
 * Usage: node --import tsx sqlite-crash-writer.fixture.ts <file> <sessionId>
 */
import { setImmediate } from "node:timers/promises";
import { SqliteEventStore } from "./sqlite-event-store";

async function appendUntilKilled(path: string, sessionId: string): Promise<never> {
  const store = new SqliteEventStore(path);
  for (let seq = 0; ; seq++) {
    const [stored] = await store.append(sessionId, seq, [
      {
        type: "attendance_recorded",
        payload: { memberId: `m-${seq}`, mode: "room" },
        actor: { kind: "system", name: "crash-writer" },
        time: new Date().toISOString(),
      },
    ]);
    process.stdout.write(`${stored?.seq} ${stored?.hash}\n`);
    // Yield so the acknowledgement leaves the process before the next write starts.
    await setImmediate();
  }
}

const [path, sessionId] = process.argv.slice(2);
if (!path || !sessionId) throw new Error("usage: sqlite-crash-writer.fixture.ts <file> <session>");
void appendUntilKilled(path, sessionId);
