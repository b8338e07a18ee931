import { SessionScript } from "../testing/session-script";
import { latestResult } from "./latest-result";
import { namedVotes } from "./named-votes";

describe("namedVotes and latestResult", () => {
  it("lists every seat holder with a ballot, not voting or absent", () => {
    const script = SessionScript.discussing();
    script.run({ type: "open_vote" });
    script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "m1");
    script.run({ type: "cast_ballot", voteId: "vote-1", choice: "abstain" }, "m3");
    script.run({ type: "close_vote", voteId: "vote-1" });

    const lines = namedVotes(script.s, script.s.votes[0]!).map((l) => [l.member.id, l.ballot]);

    expect(lines).toEqual([
      ["chair", "not_voting"],
      ["m1", "yes"],
      ["m2", "not_voting"],
      ["m3", "abstain"],
      ["m4", "absent"],
    ]);
  });

  it("shows the current item's latest result, and between items the session's latest", () => {
    const script = SessionScript.discussing();
    expect(latestResult(script.s)).toBeUndefined();
    script.run({ type: "open_vote" });
    expect(latestResult(script.s)).toBeUndefined();
    script.run({ type: "close_vote", voteId: "vote-1" });
    script.run({ type: "open_vote" });
    script.run({ type: "close_vote", voteId: "vote-2" });

    expect(latestResult(script.s)?.id).toBe("vote-2");
    script.run({ type: "end_item", itemId: "item-1" });
    expect(latestResult(script.s)?.id).toBe("vote-2");
    script.run({ type: "start_item", itemId: "item-2" });
    expect(latestResult(script.s)).toBeUndefined();
  });
});
