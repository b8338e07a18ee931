import fc from "fast-check";
import type { Choice } from "./events";
import type { RuleSet } from "./rules";
import { czMunicipal, votesCast } from "./rules";
import { countBallots, decideResult, tallyVote } from "./tally";
import { Script, seatIds } from "./test-fixtures";
import type { VoteCounts } from "./vote-result";

function counts(partial: Partial<VoteCounts>): VoteCounts {
  return { yes: 0, no: 0, abstain: 0, notVoting: 0, absent: 0, ...partial };
}

describe("decideResult", () => {
  it("adopts 13 yes of 23 members and says what it took", () => {
    const c = counts({ yes: 13, no: 2, notVoting: 3, absent: 5 });

    const result = decideResult(c, czMunicipal);

    expect(result).toEqual({
      outcome: "adopted",
      counts: c,
      members: 23,
      present: 18,
      quorum: 12,
      baseKind: "all_members",
      base: 23,
      needed: 12,
      ruleSetId: "cz-municipal",
    });
  });

  it("rejects 11 yes of 23 even with nobody against: abstain, not voting and absent are not yes", () => {
    const c = counts({ yes: 11, abstain: 4, notVoting: 3, absent: 5 });

    const result = decideResult(c, czMunicipal);

    expect(result.outcome).toBe("rejected");
  });

  it("needs 12 of 22 members, so an 11 to 11 tie fails", () => {
    const c = counts({ yes: 11, no: 11 });

    const result = decideResult(c, czMunicipal);

    expect(result).toMatchObject({ outcome: "rejected", needed: 12, members: 22 });
  });

  it("needs 33 yes of the 65 members of Prague's council", () => {
    const adopted = decideResult(counts({ yes: 33, no: 20, absent: 12 }), czMunicipal);
    const rejected = decideResult(counts({ yes: 32, no: 1, absent: 32 }), czMunicipal);

    const outcomes = [adopted.outcome, rejected.outcome];

    expect(outcomes).toEqual(["adopted", "rejected"]);
    expect(adopted.needed).toBe(33);
  });

  it("declares a vote void when fewer than the quorum are present, whatever the ballots", () => {
    const c = counts({ yes: 11, absent: 12 });

    const result = decideResult(c, czMunicipal);

    expect(result).toMatchObject({ outcome: "void", present: 11, quorum: 12 });
  });

  it("counts yes against no among votes cast, ignoring abstentions, under votes-cast", () => {
    const narrow = counts({ yes: 3, no: 2, abstain: 18 });
    const tie = counts({ yes: 4, no: 4, abstain: 15 });

    const outcomes = [decideResult(narrow, votesCast), decideResult(tie, votesCast)].map(
      (r) => r.outcome,
    );

    expect(outcomes).toEqual(["adopted", "rejected"]);
  });

  it("rejects a vote where everybody abstained under votes-cast", () => {
    const c = counts({ abstain: 23 });

    const result = decideResult(c, votesCast);

    expect(result).toMatchObject({ outcome: "rejected", base: 0, needed: 1 });
  });

  it("counts abstentions against when a votes-cast rule set puts them in the base", () => {
    const rules: RuleSet = { ...votesCast, id: "abstain-counts", abstentionsInBase: true };
    const c = counts({ yes: 5, no: 4, abstain: 2, notVoting: 12 });

    const result = decideResult(c, rules);

    expect(result).toMatchObject({ outcome: "rejected", base: 11, needed: 6 });
  });

  it("takes a majority of members present under a present-base rule set", () => {
    const rules: RuleSet = { ...czMunicipal, id: "present", majorityBase: "present" };
    const c = counts({ yes: 10, no: 5, abstain: 3, absent: 5 });

    const result = decideResult(c, rules);

    expect(result).toMatchObject({ outcome: "adopted", base: 18, needed: 10 });
  });

  it("decides a tie by the chair's casting vote when the rule set gives one", () => {
    const rules: RuleSet = { ...votesCast, id: "casting", tie: "chair_casting_vote" };
    const c = counts({ yes: 6, no: 6, abstain: 3 });

    const forIt = decideResult(c, rules, { id: "chair", choice: "yes" });
    const against = decideResult(c, rules, { id: "chair", choice: "no" });
    const withoutChair = decideResult(c, rules);

    expect(forIt).toMatchObject({ outcome: "adopted", castingVoteBy: "chair" });
    expect(against.outcome).toBe("rejected");
    expect(withoutChair.outcome).toBe("rejected");
  });

  it("gives no casting vote on a tie under the Czech rules", () => {
    const c = counts({ yes: 11, no: 11, absent: 1 });

    const result = decideResult(c, czMunicipal, { id: "chair", choice: "yes" });

    expect(result.outcome).toBe("rejected");
    expect(result.castingVoteBy).toBeUndefined();
  });

  it("agrees with the rule written as a formula for any counts, under both rule sets", () => {
    const anyCounts = fc.record({
      yes: fc.nat(40),
      no: fc.nat(40),
      abstain: fc.nat(40),
      notVoting: fc.nat(40),
      absent: fc.nat(40),
    });

    fc.assert(
      fc.property(anyCounts, (c) => {
        const members = c.yes + c.no + c.abstain + c.notVoting + c.absent;
        const quorate = 2 * (members - c.absent) > members;

        const cz = decideResult(c, czMunicipal).outcome;
        const cast = decideResult(c, votesCast).outcome;

        const czExpected = !quorate ? "void" : 2 * c.yes > members ? "adopted" : "rejected";
        const castExpected = !quorate ? "void" : c.yes > c.no ? "adopted" : "rejected";
        expect([cz, cast]).toEqual([czExpected, castExpected]);
      }),
    );
  });
});

describe("tallyVote", () => {
  it("shows the live counts, who has not voted yet and the yes votes needed", () => {
    const script = Script.discussing("cz-municipal", 20);
    const voteId = script.openVote();
    script.castBallots(voteId, 7, 3, 2);

    const tally = tallyVote(script.s, voteId);

    expect(tally).toEqual({
      yes: 7,
      no: 3,
      abstain: 2,
      notYetVoted: 8,
      present: 20,
      quorum: 12,
      members: 23,
      needed: 12,
    });
  });

  it("shows no needed count under votes-cast, where it depends on the ballots", () => {
    const script = Script.discussing("votes-cast");
    const voteId = script.openVote();

    const tally = tallyVote(script.s, voteId);

    expect(tally?.needed).toBeNull();
  });

  it("shows nothing for a vote that does not exist", () => {
    const script = Script.discussing();

    const tally = tallyVote(script.s, "vote-9");

    expect(tally).toBeUndefined();
  });

  it("counts present members without a ballot as not voting and the others as absent", () => {
    const script = Script.discussing("cz-municipal", 15);
    const voteId = script.openVote();
    script.castBallots(voteId, 10);

    const result = countBallots(script.s, script.s.votes[0]!);

    expect(result).toEqual({ yes: 10, no: 0, abstain: 0, notVoting: 5, absent: 8 });
  });

  it("keeps the live tally equal to the ballots, never going back, for any ballots cast", () => {
    const choice = fc.constantFrom<Choice>("yes", "no", "abstain");
    const scenario = fc.record({
      rules: fc.constantFrom("cz-municipal", "votes-cast"),
      present: fc.integer({ min: 12, max: 23 }),
      ballots: fc.array(fc.record({ seat: fc.nat(22), choice }), { maxLength: 40 }),
    });

    fc.assert(
      fc.property(scenario, ({ rules, present, ballots }) => {
        const script = Script.discussing(rules, present);
        const voteId = script.openVote();
        const voters = seatIds().slice(0, present);
        let last = { yes: 0, no: 0, abstain: 0 };

        for (const { seat, choice } of ballots) {
          const memberId = voters[seat % present]!;
          const voted = script.s.votes[0]!.ballots[memberId] !== undefined;
          const cmd = { type: "cast_ballot" as const, voteId, choice };

          const outcome = script.attempt(cmd, { kind: "member", memberId });

          expect(outcome.ok ? undefined : outcome.refusal.code).toBe(
            voted ? "already_voted" : undefined,
          );
          const tally = tallyVote(script.s, voteId)!;
          const direct = Object.values(script.s.votes[0]!.ballots);
          expect([tally.yes, tally.no, tally.abstain]).toEqual(
            (["yes", "no", "abstain"] as const).map((c) => direct.filter((d) => d === c).length),
          );
          expect(tally.yes).toBeGreaterThanOrEqual(last.yes);
          expect(tally.no).toBeGreaterThanOrEqual(last.no);
          expect(tally.abstain).toBeGreaterThanOrEqual(last.abstain);
          expect(tally.yes + tally.no + tally.abstain + tally.notYetVoted).toBe(tally.present);
          expect(tally.present).toBe(present);
          last = tally;
        }
      }),
    );
  });
});
