import { createHash } from "node:crypto";
import { ChainBrokenError } from "./chain-broken-error";
import type { StoredEvent } from "./event-store";
import { GENESIS_HASH, assertChain, hashEvent, linkEvents, verifyChain } from "./hash-chain";

const genesisHead = { sessionId: "s1", lastSeq: 0, lastHash: GENESIS_HASH };

function chainOf(count: number, sessionId = "s1"): StoredEvent[] {
  const events = Array.from({ length: count }, (_, i) => ({
    type: "item_started" as const,
    payload: { itemId: `i${i + 1}` },
    actor: { kind: "system" as const, name: "import" },
    time: "2025-03-12T16:00:00.000Z",
  }));
  return linkEvents({ ...genesisHead, sessionId }, events);
}

describe("hashEvent", () => {
  it("hashes the previous hash followed by the RFC 8785 form of the event", () => {
    const [event] = chainOf(1);
    // Written out by hand: keys sorted, no spaces, so other languages can check the same bytes.
    const canonical =
      '{"actor":{"kind":"system","name":"import"},"payload":{"itemId":"i1"},"seq":1,' +
      '"sessionId":"s1","time":"2025-03-12T16:00:00.000Z","type":"item_started"}';

    const expected = createHash("sha256")
      .update(GENESIS_HASH + canonical)
      .digest("hex");

    expect(event?.hash).toBe(expected);
    expect(hashEvent(GENESIS_HASH, event as StoredEvent)).toBe(expected);
  });

  it("starts every chain from 64 zeros", () => {
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(chainOf(1)[0]?.prevHash).toBe(GENESIS_HASH);
  });
});

describe("linkEvents", () => {
  it("refuses a payload JSON cannot carry instead of storing null", () => {
    const event = { ...chainOf(1)[0], payload: { present: Infinity, quorum: 8 } };

    expect(() => linkEvents(genesisHead, [event as StoredEvent])).toThrow();
  });

  it("continues from the given head", () => {
    const [first] = chainOf(1);
    const head = { sessionId: "s1", lastSeq: 1, lastHash: first?.hash ?? "" };

    const [second] = linkEvents(head, [first as StoredEvent]);

    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash });
  });
});

describe("verifyChain", () => {
  it("accepts an empty log with the genesis hash as its head", () => {
    expect(verifyChain([])).toEqual({ ok: true, lastSeq: 0, lastHash: GENESIS_HASH });
  });

  it("names the first missing seq when an event is removed", () => {
    const events = chainOf(4);

    expect(verifyChain([events[0], events[2], events[3]] as StoredEvent[])).toEqual({
      ok: false,
      seq: 2,
      reason: "unexpected_seq",
    });
  });

  it("detects a removed event even when the rest are renumbered", () => {
    const [a, , c] = chainOf(3);

    const renumbered = [a, { ...c, seq: 2 }] as StoredEvent[];

    expect(verifyChain(renumbered)).toEqual({ ok: false, seq: 2, reason: "prev_hash_mismatch" });
  });

  it("detects an event carried over from another session", () => {
    const [a] = chainOf(2);
    const [, foreign] = chainOf(2, "s2");

    expect(verifyChain([a, foreign] as StoredEvent[])).toMatchObject({
      ok: false,
      reason: "wrong_session",
    });
  });

  it("detects a forged hash", () => {
    const events = chainOf(2);

    const forged = [events[0], { ...events[1], hash: "f".repeat(64) }] as StoredEvent[];

    expect(verifyChain(forged)).toEqual({ ok: false, seq: 2, reason: "hash_mismatch" });
  });
});

describe("assertChain", () => {
  it("returns the head of an intact log", () => {
    const events = chainOf(3);

    expect(assertChain("s1", events)).toEqual({
      sessionId: "s1",
      lastSeq: 3,
      lastHash: events[2]?.hash,
    });
  });

  it("throws ChainBrokenError naming the session, seq and reason", () => {
    const events = chainOf(3);
    events[1] = { ...events[1], time: "2025-03-12T16:05:00.000Z" } as StoredEvent;

    expect(() => assertChain("s1", events)).toThrow(
      expect.objectContaining({ sessionId: "s1", seq: 2, reason: "hash_mismatch" }),
    );
    expect(() => assertChain("s1", events)).toThrow(ChainBrokenError);
  });
});
