import { votesCast } from "./rules";
import { clerk, member, Script, stranger, types } from "./test-fixtures";
import type { SessionEvent } from "./events";
import type { VoteResult } from "./vote-result";

/** The result carried by the vote_closed event among the events of a close. */
function resultIn(events: SessionEvent[]): VoteResult {
  const closed = events.find((e) => e.type === "vote_closed");
  if (closed?.type !== "vote_closed") throw new Error("no vote_closed event");
  return closed.payload.result;
}

describe("open_vote", () => {
  it("opens vote 1 on the current item with its draft resolution as the motion", () => {
    const script = Script.discussing();

    const events = script.run({ type: "open_vote" });

    expect(events).toEqual([
      {
        type: "vote_opened",
        payload: {
          voteId: "vote-1",
          number: 1,
          itemId: "item-2",
          motion: "Zastupitelstvo schvaluje rozpočet na rok 2024.",
          purpose: { kind: "resolution" },
        },
      },
    ]);
    expect(script.s.currentVoteId).toBe("vote-1");
    expect(script.s.votes[0]).toMatchObject({ status: "open", ballots: {} });
  });

  it("takes the motion the chair words, trimmed", () => {
    const script = Script.discussing();

    script.run({ type: "open_vote", motion: "  Protinávrh: rozpočet odložit. " });

    expect(script.s.votes[0]?.motion).toBe("Protinávrh: rozpočet odložit.");
  });

  it("falls back to the item's title when it has no draft resolution", () => {
    const script = Script.opened();
    script.run({ type: "start_item", itemId: "item-3" });

    script.run({ type: "open_vote" });

    expect(script.s.votes[0]?.motion).toBe("Různé");
  });

  it("numbers votes through the session", () => {
    const script = Script.discussing();
    script.holdVote(13, 0, 0, { purpose: { kind: "test" } });

    const events = script.run({ type: "open_vote" });

    expect(events[0]).toMatchObject({ payload: { voteId: "vote-2", number: 2 } });
  });

  it("refuses a vote without quorum", () => {
    const script = Script.discussing("votes-cast", 12);
    script.attend("m11", "absent");

    const code = script.refusal({ type: "open_vote" });

    expect(code).toBe("no_quorum");
  });

  it("refuses a vote when no item is under discussion", () => {
    const script = Script.opened();

    const code = script.refusal({ type: "open_vote" });

    expect(code).toBe("item_not_current");
  });

  it("refuses a second vote while one is open", () => {
    const script = Script.discussing();
    script.openVote();

    const code = script.refusal({ type: "open_vote" });

    expect(code).toBe("vote_open");
  });

  it("refuses an empty motion", () => {
    const script = Script.discussing();

    const code = script.refusal({ type: "open_vote", motion: "   " });

    expect(code).toBe("invalid_command");
  });

  it("refuses a member opening a vote and a closed session", () => {
    const script = Script.discussing();
    const memberCode = script.refusal({ type: "open_vote" }, member(1));
    script.run({ type: "close_session" });

    const closedCode = script.refusal({ type: "open_vote" });

    expect([memberCode, closedCode]).toEqual(["not_chair", "session_closed"]);
  });
});

describe("cast_ballot", () => {
  it("records a present member's ballot", () => {
    const script = Script.discussing();
    const voteId = script.openVote();

    const events = script.run({ type: "cast_ballot", voteId, choice: "no" }, member(3));

    expect(events).toEqual([
      { type: "ballot_cast", payload: { voteId: "vote-1", memberId: "m03", choice: "no" } },
    ]);
    expect(script.s.votes[0]?.ballots).toEqual({ m03: "no" });
  });

  it("takes the ballot of a member present remotely", () => {
    const script = Script.discussing();
    script.attend("m03", "remote");
    const voteId = script.openVote();

    const code = script.refusal({ type: "cast_ballot", voteId, choice: "yes" }, member(3));

    expect(code).toBeUndefined();
  });

  it("rejects a second ballot from the same member", () => {
    const script = Script.discussing();
    const voteId = script.openVote();
    script.run({ type: "cast_ballot", voteId, choice: "yes" }, member(3));

    const code = script.refusal({ type: "cast_ballot", voteId, choice: "no" }, member(3));

    expect(code).toBe("already_voted");
    expect(script.s.votes[0]?.ballots).toEqual({ m03: "yes" });
  });

  it("refuses a ballot in a vote that does not exist", () => {
    const script = Script.discussing();

    const code = script.refusal(
      { type: "cast_ballot", voteId: "vote-7", choice: "yes" },
      member(3),
    );

    expect(code).toBe("vote_not_found");
  });

  it("refuses a ballot after the vote closed", () => {
    const script = Script.discussing();
    const voteId = script.openVote();
    script.run({ type: "close_vote", voteId });

    const code = script.refusal({ type: "cast_ballot", voteId, choice: "yes" }, member(3));

    expect(code).toBe("vote_closed");
  });

  it("refuses the clerk, who holds no seat, and someone not on the roster", () => {
    const script = Script.discussing();
    const voteId = script.openVote();

    const codes = [clerk, stranger].map((a) =>
      script.refusal({ type: "cast_ballot", voteId, choice: "yes" }, a),
    );

    expect(codes).toEqual(["not_a_member", "not_on_roster"]);
  });

  it("refuses a member who is not recorded present", () => {
    const script = Script.discussing("cz-municipal", 20);
    const voteId = script.openVote();

    const code = script.refusal({ type: "cast_ballot", voteId, choice: "yes" }, member(21));

    expect(code).toBe("not_present");
  });
});

describe("close_vote", () => {
  it("adopts with 13 yes of 23 members, 12 needed, and carries the whole result", () => {
    const script = Script.discussing("cz-municipal", 20);

    const events = script.holdVote(13, 2, 1);

    expect(events).toEqual([
      {
        type: "vote_closed",
        payload: {
          voteId: "vote-1",
          result: {
            outcome: "adopted",
            counts: { yes: 13, no: 2, abstain: 1, notVoting: 4, absent: 3 },
            members: 23,
            present: 20,
            quorum: 12,
            baseKind: "all_members",
            base: 23,
            needed: 12,
            ruleSetId: "cz-municipal",
          },
        },
      },
    ]);
    expect(script.s.votes[0]).toMatchObject({ status: "closed", result: resultIn(events) });
    expect(script.s.currentVoteId).toBeUndefined();
  });

  it("adopts a 12 to 11 split", () => {
    const script = Script.discussing();

    const result = resultIn(script.holdVote(12, 11));

    expect(result.outcome).toBe("adopted");
  });

  it("rejects 11 yes with no votes against: the base is all 23 members", () => {
    const script = Script.discussing("cz-municipal", 20);

    const result = resultIn(script.holdVote(11, 0, 5));

    expect(result).toMatchObject({
      outcome: "rejected",
      counts: { yes: 11, no: 0, abstain: 5, notVoting: 4, absent: 3 },
      needed: 12,
    });
  });

  it("rejects a tie: there is no casting vote under the Czech rules", () => {
    const script = Script.discussing("cz-municipal", 22);

    const result = resultIn(script.holdVote(11, 11));

    expect(result.outcome).toBe("rejected");
    expect(result.castingVoteBy).toBeUndefined();
  });

  it("adopts by a majority of votes cast under the votes-cast rules, ignoring abstentions", () => {
    const script = Script.discussing("votes-cast");

    const result = resultIn(script.holdVote(5, 4, 14));

    expect(result).toMatchObject({
      outcome: "adopted",
      baseKind: "votes_cast",
      base: 9,
      needed: 5,
    });
  });

  it("adopts a tie on the chair's casting vote under a rule set that gives one", () => {
    const rules = { ...votesCast, id: "english-council", tie: "chair_casting_vote" as const };
    const script = Script.discussing(rules);

    const result = resultIn(script.holdVote(5, 5));

    expect(result).toMatchObject({ outcome: "adopted", castingVoteBy: "chair" });
  });

  it("declares void a vote that ends without quorum", () => {
    const script = Script.discussing("cz-municipal", 12);
    const voteId = script.openVote();
    script.castBallots(voteId, 11);
    script.attend("m11", "absent");

    const events = script.run({ type: "close_vote", voteId });

    expect(resultIn(events)).toMatchObject({ outcome: "void", present: 11, quorum: 12 });
  });

  it("refuses to close a vote that does not exist or is closed already", () => {
    const script = Script.discussing();
    const voteId = script.openVote();
    script.run({ type: "close_vote", voteId });

    const codes = [
      script.refusal({ type: "close_vote", voteId: "vote-9" }),
      script.refusal({ type: "close_vote", voteId }),
    ];

    expect(codes).toEqual(["vote_not_found", "vote_closed"]);
  });

  it("refuses a member closing the vote", () => {
    const script = Script.discussing();
    const voteId = script.openVote();

    const code = script.refusal({ type: "close_vote", voteId }, member(1));

    expect(code).toBe("not_chair");
  });

  it("changes nothing on the agenda when a resolution is adopted", () => {
    const script = Script.discussing();
    const agendaBefore = script.s.agenda;

    const events = script.holdVote(23);

    expect(types(events)).toEqual(["vote_closed"]);
    expect(script.s.agendaApproved).toBe(false);
    expect(script.s.agenda.map((i) => i.id)).toEqual(agendaBefore.map((i) => i.id));
  });
});

describe("motions of procedural votes", () => {
  it("names what an agenda vote decides instead of the current item's draft resolution", () => {
    const script = Script.discussing();

    script.run({ type: "open_vote", purpose: { kind: "approve_agenda" } });

    expect(script.s.votes[0]?.motion).toBe("Zastupitelstvo schvaluje program zasedání.");
  });

  it("quotes the title of an item to be added", () => {
    const script = Script.discussing();

    script.run({ type: "open_vote", purpose: { kind: "add_item", item: { title: "Dotace" } } });

    expect(script.s.votes[0]?.motion).toBe(
      "Zastupitelstvo schvaluje zařazení bodu „Dotace“ do programu.",
    );
  });

  it("keeps a motion the chair wrote", () => {
    const script = Script.discussing();

    script.run({ type: "open_vote", motion: "Vlastní znění", purpose: { kind: "approve_agenda" } });

    expect(script.s.votes[0]?.motion).toBe("Vlastní znění");
  });
});
