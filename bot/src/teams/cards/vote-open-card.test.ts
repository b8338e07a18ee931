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
});
