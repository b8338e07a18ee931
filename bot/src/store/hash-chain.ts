import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import { ChainBrokenError } from "./chain-broken-error";
import type { NewEvent, SessionHead, StoredEvent } from "./event-store";

/** The prevHash of a session's first event. */
export const GENESIS_HASH = "0".repeat(64);

/** Why a chain does not verify. */
export type ChainFault =
  "unexpected_seq" | "wrong_session" | "prev_hash_mismatch" | "hash_mismatch";

/** The outcome of {@link verifyChain}. */
export type ChainVerdict =
  { ok: true; lastSeq: number; lastHash: string } | { ok: false; seq: number; reason: ChainFault };

/** The fields of an event that its hash covers. */
export type HashedFields = Pick<
  StoredEvent,
  "sessionId" | "seq" | "type" | "payload" | "actor" | "time"
>;

/**
 * SHA-256 hex over prevHash followed by the RFC 8785 canonical JSON of the event, so that anyone
 * can recompute it from published data in any language.
 */
export function hashEvent(prevHash: string, event: HashedFields): string {
  const { sessionId, seq, type, payload, actor, time } = event;
  const canonical = canonicalize({ sessionId, seq, type, payload, actor, time });
  if (canonical === undefined) throw new TypeError(`event ${sessionId}/${seq} has no JSON form`);

  return createHash("sha256").update(prevHash).update(canonical).digest("hex");
}

/**
 * Numbers new events after the head and links each to its predecessor. Hashing comes first, so a
 * value JSON cannot carry (NaN, Infinity) is refused rather than silently stored as null; payload
 * and actor are then copied through JSON, so every store keeps what a JSON column gives back.
 */
export function linkEvents(head: SessionHead, events: readonly NewEvent[]): StoredEvent[] {
  let { lastSeq, lastHash } = head;
  return events.map((event) => {
    const { type, payload, actor, time } = event;
    const fields = { sessionId: head.sessionId, seq: ++lastSeq, type, payload, actor, time };
    const hash = hashEvent(lastHash, fields as HashedFields);
    const stored = { ...fields, payload: jsonCopy(payload), actor: jsonCopy(actor) };
    const linked = { ...stored, prevHash: lastHash, hash } as StoredEvent;
    lastHash = hash;
    return linked;
  });
}

/**
 * Checks one session's whole log: seqs run 1, 2, 3 ... without gaps, each prevHash is the hash
 * before it and each hash recomputes. A failure names the first seq that does not hold.
 */
export function verifyChain(events: readonly StoredEvent[]): ChainVerdict {
  let lastHash = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const seq = index + 1;
    const reason = faultOf(event, seq, lastHash, events[0]?.sessionId);
    if (reason) return { ok: false, seq, reason };
    lastHash = event.hash;
  }
  return { ok: true, lastSeq: events.length, lastHash };
}

/** Like {@link verifyChain}, but throws ChainBrokenError; returns the head of the log. */
export function assertChain(sessionId: string, events: readonly StoredEvent[]): SessionHead {
  const verdict = verifyChain(events);
  if (!verdict.ok) throw new ChainBrokenError(sessionId, verdict.seq, verdict.reason);

  return { sessionId, lastSeq: verdict.lastSeq, lastHash: verdict.lastHash };
}

function faultOf(
  event: StoredEvent,
  seq: number,
  prevHash: string,
  sessionId: string | undefined,
): ChainFault | undefined {
  if (event.seq !== seq) return "unexpected_seq";
  if (event.sessionId !== sessionId) return "wrong_session";
  if (event.prevHash !== prevHash) return "prev_hash_mismatch";
  if (hashEvent(prevHash, event) !== event.hash) return "hash_mismatch";
  return undefined;
}

function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
