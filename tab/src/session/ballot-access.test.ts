import { SessionScript, roster } from "../testing/session-script";
import { ballotAccess } from "./ballot-access";

function member(id: string) {
  const found = roster.find((m) => m.id === id);
  if (!found) throw new Error(id);
  return found;
}

function openVote() {
  const script = SessionScript.discussing();
  script.run({ type: "open_vote" });
  return script;
}

describe("ballotAccess", () => {
  it("offers the ballot to a present seat holder who has not voted", () => {
    const script = openVote();

    expect(ballotAccess(script.s, script.s.votes[0]!, member("m1"))).toEqual({ canCast: true });
  });

  it("shows the ballot only once the log has it, and then offers no second one", () => {
    const script = openVote();
    script.run({ type: "cast_ballot", voteId: "vote-1", choice: "no" }, "m1");

    expect(ballotAccess(script.s, script.s.votes[0]!, member("m1"))).toEqual({
      confirmed: "no",
      canCast: false,
    });
  });

  it("bars an absent member and the clerk, saying why", () => {
    const script = openVote();

    expect(ballotAccess(script.s, script.s.votes[0]!, member("m4")).bar).toBe("not_present");
    expect(ballotAccess(script.s, script.s.votes[0]!, member("clerk")).bar).toBe("not_seat");
  });

  it("says the vote is closed and keeps the confirmed ballot", () => {
    const script = openVote();
    script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "m2");
    script.run({ type: "close_vote", voteId: "vote-1" });

    const access = ballotAccess(script.s, script.s.votes[0]!, member("m2"));
    expect(access).toEqual({ confirmed: "yes", canCast: false, bar: "closed" });
    expect(ballotAccess(script.s, script.s.votes[0]!, member("m1")).canCast).toBe(false);
  });

  it("bars a member whose declared conflict bars the vote under the rules, and only then", () => {
    const script = openVote();
    script.run({ type: "declare_conflict", itemId: "item-1" }, "m1");
    const vote = script.s.votes[0]!;

    expect(ballotAccess(script.s, vote, member("m1")).canCast).toBe(true);
    const barring = { ...script.s, rules: { ...script.s.rules, conflictBarsVote: true } };
    expect(ballotAccess(barring, vote, member("m1")).bar).toBe("conflict");
  });
});
