import { applyEvent, foldEvents } from "@council/core";
import { cardText } from "../../../../tests/support/card-words";
import { sampleLogThrough, sampleSessionLog } from "../../../../tests/support/sample-session";
import { voteOpenCard } from "./vote-open-card";

describe("voteOpenCard", () => {
  it("shows the motion, the item and an empty tally when the vote opens", () => {
    const state = foldEvents("s1", sampleLogThrough("vote_opened"));

    const card = voteOpenCard(state, state.votes[0]!);
    const text = cardText(card);

    expect(card.version).toBe("1.5");
    expect(text).toContain("Hlasování č. 1");
    expect(text).toContain("Bod 2: Rozpočet města na rok 2025");
    expect(text).toContain("Zastupitelstvo schvaluje rozpočet města na rok 2025.");
    expect(text).toContain("Pro: 0");
    expect(text).toContain("Dosud nehlasoval: 4");
    expect(text).toContain("K přijetí: potřeba 3 hlasů pro");
    expect(text).toContain("Zahájeno: 18:09");
  });

  it("counts ballots as they arrive", () => {
    const log = sampleSessionLog();
    const opened = foldEvents("s1", sampleLogThrough("vote_opened"));
    const afterTwo = log.slice(opened.seq, opened.seq + 3).reduce(applyEvent, opened);

    const text = cardText(voteOpenCard(afterTwo, afterTwo.votes[0]!, "en"));

    expect(text).toContain("Yes: 2");
    expect(text).toContain("No: 1");
    expect(text).toContain("Not yet voted: 1");
    expect(text).toContain("To adopt: 3 yes votes needed");
  });

  it("says a test vote has no effect", () => {
    const state = foldEvents("s1", sampleLogThrough("vote_opened"));
    const vote = { ...state.votes[0]!, purpose: { kind: "test" as const } };

    expect(cardText(voteOpenCard(state, vote))).toContain("Zkušební hlasování");
  });

  it("offers yes, no and abstain as Universal Action buttons naming the session and vote", () => {
    const state = foldEvents("s1", sampleLogThrough("vote_opened"));

    const card = voteOpenCard(state, state.votes[0]!);

    expect(card.actions).toEqual([
      expect.objectContaining({
        type: "Action.Execute",
        title: "Pro",
        verb: "cast_ballot",
        data: { sessionId: "s1", voteId: "vote-1", choice: "yes", lang: "cs" },
      }),
      expect.objectContaining({ title: "Proti", data: expect.objectContaining({ choice: "no" }) }),
      expect.objectContaining({
        title: "Zdržel se",
        data: expect.objectContaining({ choice: "abstain" }),
      }),
    ]);
  });

  it("asks Teams to refresh the card per viewer with the refresh verb", () => {
    const state = foldEvents("s1", sampleLogThrough("vote_opened"));

    const card = voteOpenCard(state, state.votes[0]!, "en");

    expect(card.refresh).toEqual({
      action: {
        type: "Action.Execute",
        title: "Refresh",
        verb: "refresh",
        data: { sessionId: "s1", voteId: "vote-1", lang: "en" },
      },
    });
  });

  it("shows one viewer their ballot and drops the buttons when the view says so", () => {
    const state = foldEvents("s1", sampleLogThrough("vote_opened"));
    const notice = { text: "Váš hlas: Pro. Byl zaznamenán.", tone: "good" as const };

    const card = voteOpenCard(state, state.votes[0]!, "cs", { notice, buttons: false });

    expect(cardText(card)).toContain("Váš hlas: Pro. Byl zaznamenán.");
    expect(card.actions).toBeUndefined();
    expect(card.refresh).toBeDefined();
  });
});
