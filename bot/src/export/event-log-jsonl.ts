import type { ChainVerdict, StoredEvent } from "../store";
import { GENESIS_HASH, verifyChain } from "../store";

/**
 * What `verify.json` says about the `events.jsonl` beside it: the chain check's verdict (ok with
 * the last seq and hash, or the first seq that fails and why) and how to check it again without
 * this software.
 */
export type VerifyReport = {
  file: "events.jsonl";
  sessionId: string;
  eventCount: number;
  method: string;
  genesisHash: string;
} & ChainVerdict;

const METHOD =
  "Each line is one event. hash = SHA-256 (hex) of prevHash followed by the RFC 8785 canonical " +
  "JSON of {sessionId, seq, type, payload, actor, time}; the first prevHash is genesisHash, each " +
  "next prevHash is the hash before it, and seq runs 1, 2, 3 ... without gaps.";

/**
 * The event log as JSON Lines: one event per line, fields in a fixed order, ending in a newline.
 * JSON escapes every line break inside a string, so a line is always exactly one event.
 */
export function eventLogJsonl(events: readonly StoredEvent[]): string {
  return events.map((event) => `${JSON.stringify(ordered(event))}\n`).join("");
}

/** Reads `events.jsonl` back; a line that is not JSON fails with its line number. */
export function parseEventLogJsonl(text: string): StoredEvent[] {
  const lines = text.split("\n");
  return lines.flatMap((line, index) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as StoredEvent];
    } catch (error) {
      throw new SyntaxError(`events.jsonl line ${index + 1}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  });
}

/** Checks the hash chain of a session's events and says how, for `verify.json`. */
export function verifyReport(events: readonly StoredEvent[]): VerifyReport {
  return {
    file: "events.jsonl",
    sessionId: events[0]?.sessionId ?? "",
    eventCount: events.length,
    ...verifyChain(events),
    method: METHOD,
    genesisHash: GENESIS_HASH,
  };
}

function ordered(event: StoredEvent) {
  const { sessionId, seq, type, actor, time, payload, prevHash, hash } = event;
  return { sessionId, seq, type, actor, time, payload, prevHash, hash };
}
