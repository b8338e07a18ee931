import { SessionScript } from "../testing/session-script";
import { hasGap, mergeEvents } from "./merge-events";

describe("mergeEvents", () => {
  it("keeps each event once, in sequence order, whatever arrived twice or early", () => {
    const script = SessionScript.discussing();
    script.run({ type: "request_floor" }, "m1");
    script.run({ type: "open_vote" });
    const all = script.events;
    const history = all.slice(0, -1);
    const live = [all.at(-1)!, all.at(-2)!];

    const merged = mergeEvents(history, live);

    expect(merged.map((e) => e.seq)).toEqual(all.map((e) => e.seq));
    expect(hasGap(merged)).toBe(false);
  });

  it("sees a hole left by a feed that resumed from a fresh snapshot", () => {
    const script = SessionScript.discussing();
    const all = script.events;

    expect(hasGap([all[0]!, all[2]!])).toBe(true);
  });
});
