import type { Actor } from "@council/core";
import { ConcurrencyError } from "./concurrency-error";
import type { EventStore, NewEvent, StoredEvent } from "./event-store";
import { GENESIS_HASH, verifyChain } from "./hash-chain";

const clerk: Actor = { kind: "member", memberId: "m-clerk" };

/** A small valid event; `n` varies the payload so events differ. */
export function attendanceEvent(n: number, time = "2025-03-12T16:00:00.000Z"): NewEvent {
  return {
    type: "attendance_recorded",
    payload: { memberId: `m-${n}`, mode: n % 2 === 0 ? "room" : "remote" },
    actor: clerk,
    time,
  };
}

/**
 * The behaviour every EventStore must show. Call it once per implementation; `open` gives a
 * fresh, empty store for each test.
 */
export function describeEventStoreContract(name: string, open: () => Promise<EventStore>): void {
  describe(`${name} (EventStore contract)`, () => {
    let store: EventStore;

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    describeSequencing(() => store);
    describeConcurrency(() => store);
    describeReading(() => store);
    describeChain(() => store);
  });
}

function describeSequencing(store: () => EventStore): void {
  it("numbers events gap-free from 1 across appends", async () => {
    await store().append("s1", 0, [attendanceEvent(1), attendanceEvent(2)]);
    await store().append("s1", 2, [attendanceEvent(3)]);

    const events = await store().read("s1");

    expect(events.map((event) => event.seq)).toEqual([1, 2, 3]);
  });

  it("returns the stored events with their seqs and links", async () => {
    const stored = await store().append("s1", 0, [attendanceEvent(1), attendanceEvent(2)]);

    expect(stored.map((event) => event.seq)).toEqual([1, 2]);
    expect(stored[0]).toMatchObject({ sessionId: "s1", prevHash: GENESIS_HASH });
    expect(stored[1]?.prevHash).toBe(stored[0]?.hash);
  });

  it("keeps type, payload, actor and time as given", async () => {
    const event = attendanceEvent(7, "2025-03-12T17:30:00.000Z");

    await store().append("s1", 0, [event]);
    const [read] = await store().read("s1");

    expect(read).toMatchObject(event);
  });

  it("numbers each session on its own", async () => {
    await store().append("s1", 0, [attendanceEvent(1)]);
    const [first] = await store().append("s2", 0, [attendanceEvent(2)]);

    expect(first).toMatchObject({ sessionId: "s2", seq: 1, prevHash: GENESIS_HASH });
  });
}

function describeConcurrency(store: () => EventStore): void {
  it("rejects an append whose expectedSeq is not the last seq", async () => {
    await store().append("s1", 0, [attendanceEvent(1), attendanceEvent(2)]);

    const stale = store().append("s1", 1, [attendanceEvent(3)]);

    await expect(stale).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(stale).rejects.toMatchObject({ sessionId: "s1", expectedSeq: 1, actualSeq: 2 });
  });

  it("lets exactly one of two appends with the same expectedSeq win", async () => {
    const outcomes = await Promise.allSettled([
      store().append("s1", 0, [attendanceEvent(1)]),
      store().append("s1", 0, [attendanceEvent(2)]),
    ]);

    const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toBeInstanceOf(ConcurrencyError);
    expect(await store().read("s1")).toHaveLength(1);
  });

  it("writes nothing of a batch that fails part-way", async () => {
    const unhashable = { ...attendanceEvent(2), payload: { present: NaN, quorum: 1 } };

    const append = store().append("s1", 0, [attendanceEvent(1), unhashable as NewEvent]);

    await expect(append).rejects.toThrow();
    expect(await store().read("s1")).toEqual([]);
    expect(await store().listSessions()).toEqual([]);
  });
}

function describeReading(store: () => EventStore): void {
  it("reads only the events after the given seq", async () => {
    await store().append("s1", 0, [attendanceEvent(1), attendanceEvent(2), attendanceEvent(3)]);

    const later = await store().read("s1", 1);

    expect(later.map((event) => event.seq)).toEqual([2, 3]);
    expect(await store().read("s1", 3)).toEqual([]);
  });

  it("reads an unknown session as empty", async () => {
    expect(await store().read("nobody")).toEqual([]);
  });

  it("lists the head of every session, ordered by session id", async () => {
    await store().append("s2", 0, [attendanceEvent(1)]);
    const s1 = await store().append("s1", 0, [attendanceEvent(1), attendanceEvent(2)]);

    const heads = await store().listSessions();

    expect(heads).toEqual([
      { sessionId: "s1", lastSeq: 2, lastHash: s1[1]?.hash },
      { sessionId: "s2", lastSeq: 1, lastHash: expect.any(String) },
    ]);
  });

  it("does not list a session that only received an empty append", async () => {
    expect(await store().append("s1", 0, [])).toEqual([]);

    expect(await store().listSessions()).toEqual([]);
  });

  it("hands out copies, so changing a read event leaves the log intact", async () => {
    await store().append("s1", 0, [attendanceEvent(1)]);
    const [read] = await store().read("s1");

    (read as StoredEvent & { payload: { memberId: string } }).payload.memberId = "m-forged";

    expect(verifyChain(await store().read("s1")).ok).toBe(true);
  });
}

function describeChain(store: () => EventStore): void {
  async function fiveEvents(): Promise<StoredEvent[]> {
    const events = [1, 2, 3, 4, 5].map((n) => attendanceEvent(n));
    await store().append("s1", 0, events);
    return store().read("s1");
  }

  it("writes a chain that verifies and ends at the session head", async () => {
    const events = await fiveEvents();

    const [head] = await store().listSessions();

    expect(verifyChain(events)).toEqual({ ok: true, lastSeq: 5, lastHash: head?.lastHash });
  });

  it("detects a tampered payload", async () => {
    const events = await fiveEvents();
    const tampered = structuredClone(events);

    Object.assign(tampered[2]?.payload ?? {}, { mode: "absent" });

    expect(verifyChain(tampered)).toEqual({ ok: false, seq: 3, reason: "hash_mismatch" });
  });

  it("detects a removed event", async () => {
    const events = await fiveEvents();

    const removed = events.filter((event) => event.seq !== 2);

    expect(verifyChain(removed)).toMatchObject({ ok: false, seq: 2 });
  });

  it("detects a reordered event", async () => {
    const [a, b, c, d, e] = await fiveEvents();

    const reordered = [a, b, d, c, e] as StoredEvent[];

    expect(verifyChain(reordered)).toMatchObject({ ok: false, seq: 3 });
  });
}
