import { cs } from "../messages/cs";
import { en } from "../messages/en";
import { SessionScript } from "../testing/session-script";
import { announcement } from "./announcement";

describe("announcement", () => {
  it("says nothing about the first state the page receives", () => {
    const script = SessionScript.discussing();

    expect(announcement(undefined, script.s, cs)).toBeUndefined();
    expect(announcement(script.s, script.s, cs)).toBeUndefined();
  });

  it("announces a vote opened and its result when it closes", () => {
    const script = SessionScript.discussing();
    const before = script.s;
    script.run({ type: "open_vote" });
    const open = script.s;
    ["chair", "m1", "m2"].forEach((id) =>
      script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, id),
    );
    const counted = script.s;
    script.run({ type: "close_vote", voteId: "vote-1" });

    expect(announcement(before, open, cs)).toBe("Zahájeno hlasování č. 1: Schvaluje rozpočet.");
    expect(announcement(open, counted, cs)).toBeUndefined();
    expect(announcement(counted, script.s, en)).toMatch(
      /^Vote no\. 1 closed, adopted: 3 yes of 5 members/,
    );
  });

  it("announces who gets the floor and when the speech ends", () => {
    const script = SessionScript.discussing();
    script.run({ type: "request_floor" }, "m2");
    const waiting = script.s;
    script.run({ type: "grant_floor" });
    const speaking = script.s;
    script.run({ type: "end_floor" });

    expect(announcement(waiting, speaking, cs)).toBe("Slovo má Eva Dvořáková.");
    expect(announcement(speaking, script.s, en)).toBe("The speech has ended.");
  });

  it("announces the item that starts", () => {
    const script = SessionScript.discussing();
    script.run({ type: "end_item", itemId: "item-1" });
    const between = script.s;
    script.run({ type: "start_item", itemId: "item-2" });

    expect(announcement(between, script.s, cs)).toBe("Projednává se bod: Různé");
  });
});
