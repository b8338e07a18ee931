import { councilSessionEvents, SESSION_ID } from "./council-session.fixture";
import { eventLogJsonl, parseEventLogJsonl, verifyReport } from "./event-log-jsonl";

describe("eventLogJsonl", () => {
  it("writes one JSON object per line per event and reads back the same events", () => {
    const events = councilSessionEvents({ budgetMotion: "První řádek\ndruhý řádek" });

    const jsonl = eventLogJsonl(events);

    expect(jsonl.split("\n")).toHaveLength(events.length + 1);
    expect(jsonl.endsWith("}\n")).toBe(true);
    expect(parseEventLogJsonl(jsonl)).toEqual(events);
  });

  it("names the line that is not JSON", () => {
    expect(() => parseEventLogJsonl('{"seq":1}\n{oops\n')).toThrow(/line 2/);
  });
});

describe("verifyReport", () => {
  it("says ok with the last seq and hash for an intact log", () => {
    const events = councilSessionEvents();

    expect(verifyReport(events)).toMatchObject({
      ok: true,
      file: "events.jsonl",
      sessionId: SESSION_ID,
      eventCount: events.length,
      lastSeq: events.length,
      lastHash: events.at(-1)?.hash,
    });
  });

  it("names the first event that does not hold when the log was altered", () => {
    const events = parseEventLogJsonl(eventLogJsonl(councilSessionEvents()));
    const ballot = events.find((e) => e.type === "ballot_cast");
    if (ballot?.type !== "ballot_cast") throw new Error("no ballot in the log");
    ballot.payload.choice = "no";

    expect(verifyReport(events)).toMatchObject({
      ok: false,
      seq: ballot.seq,
      reason: "hash_mismatch",
    });
  });
});
