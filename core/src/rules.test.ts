import { czMunicipal, findRuleSet, neededCount, ruleSets, votesCast } from "./rules";

describe("neededCount", () => {
  it.each([
    { base: 23, needed: 12 },
    { base: 22, needed: 12 },
    { base: 21, needed: 11 },
    { base: 65, needed: 33 },
    { base: 1, needed: 1 },
  ])("needs $needed for more than half of $base", ({ base, needed }) => {
    const threshold = { fraction: [1, 2] as const, strict: true };

    const count = neededCount(base, threshold);

    expect(count).toBe(needed);
  });

  it("needs at least 3/5 of 23 members: 14", () => {
    const threshold = { fraction: [3, 5] as const, strict: false };

    const count = neededCount(23, threshold);

    expect(count).toBe(14);
  });

  it("needs at least 2/3 of 21 members: 14, and more than 2/3 of 21: 15", () => {
    const atLeast = { fraction: [2, 3] as const, strict: false };
    const moreThan = { fraction: [2, 3] as const, strict: true };

    const counts = [neededCount(21, atLeast), neededCount(21, moreThan)];

    expect(counts).toEqual([14, 15]);
  });

  it("needs at least half of 22 as 11 and of 23 as 12", () => {
    const threshold = { fraction: [1, 2] as const, strict: false };

    const counts = [neededCount(22, threshold), neededCount(23, threshold)];

    expect(counts).toEqual([11, 12]);
  });

  it("needs one for more than half of nothing, so an empty vote never passes", () => {
    const threshold = { fraction: [1, 2] as const, strict: true };

    const count = neededCount(0, threshold);

    expect(count).toBe(1);
  });
});

describe("rule sets", () => {
  it("defaults the Czech municipal rules to §87 and §92: all members, more than half, no casting vote", () => {
    const rules = czMunicipal;

    const summary = {
      base: rules.majorityBase,
      majority: rules.majority,
      quorum: rules.quorum,
      tie: rules.tie,
      loss: rules.onQuorumLoss,
    };

    expect(summary).toEqual({
      base: "all_members",
      majority: { fraction: [1, 2], strict: true },
      quorum: { fraction: [1, 2], strict: true, check: "continuous" },
      tie: "fails",
      loss: "end",
    });
    expect(rules.conflictBarsVote).toBe(false);
    expect(rules.agendaChangesNeedVote).toBe(true);
  });

  it("counts a majority of votes cast without abstentions under votes-cast", () => {
    const rules = votesCast;

    const summary = [rules.majorityBase, rules.abstentionsInBase, rules.onQuorumLoss];

    expect(summary).toEqual(["votes_cast", false, "suspend"]);
  });

  it("finds both rule sets by id and nothing for an unknown id", () => {
    const ids = Object.keys(ruleSets);

    const found = [findRuleSet("cz-municipal"), findRuleSet("votes-cast"), findRuleSet("robert")];

    expect(ids).toEqual(["cz-municipal", "votes-cast"]);
    expect(found).toEqual([czMunicipal, votesCast, undefined]);
  });
});
