import { explainResult, foldEvents } from "@council/core";
import { cardText, cardWords } from "../../../../tests/support/card-words";
import { sampleLogThrough } from "../../../../tests/support/sample-session";
import { voteResultCard } from "./vote-result-card";

function closedVote() {
  const state = foldEvents("s1", sampleLogThrough("vote_closed"));
  const vote = state.votes[0];
  if (!vote) throw new Error("the sample log has a vote");
  return { state, vote };
}

describe("voteResultCard", () => {
  it("declares Adaptive Card schema 1.5 in Czech by default", () => {
    const { state, vote } = closedVote();

    const card = voteResultCard(state, vote);

    expect(card.$schema).toBe("http://adaptivecards.io/schemas/adaptive-card.json");
    expect(card.version).toBe("1.5");
    expect(card.lang).toBe("cs");
  });

  it("states the outcome and the explanation of why", () => {
    const { state, vote } = closedVote();

    const text = cardText(voteResultCard(state, vote, "cs"));

    expect(text).toContain("Hlasování č. 1: Návrh byl přijat");
    expect(text).toContain(explainResult(vote.result!, "cs"));
    expect(text).toContain(
      "Výsledek hlasování: pro 3, proti 1, zdržel se 0, nehlasoval 0, nepřítomen 1",
    );
  });

  it("lists named votes by choice, family name first, in Czech order with diacritics", () => {
    const { state, vote } = closedVote();

    const words = cardWords(voteResultCard(state, vote, "cs"));

    const after = (label: string) => words[words.indexOf(label) + 1];
    expect(after("Pro (3)")).toBe("Dvořák Petr; Nováková Jana, Ing.; Šťastná Marie");
    expect(after("Proti (1)")).toBe("Černý Zdeněk");
    expect(after("Zdržel se (0)")).toBe("nikdo");
    expect(after("Nepřítomen (1)")).toBe("Cibulka Tomáš");
    expect(words).not.toContain("Nehlasoval (0)");
  });

  it("speaks English when asked, with the English explanation", () => {
    const { state, vote } = closedVote();

    const card = voteResultCard(state, vote, "en");
    const text = cardText(card);

    expect(card.lang).toBe("en");
    expect(text).toContain("Vote no. 1: Adopted");
    expect(text).toContain(explainResult(vote.result!, "en"));
    expect(text).toContain("Yes (3)");
  });

  it("shows the closing time in the session's time zone", () => {
    const { state, vote } = closedVote();

    const text = cardText(voteResultCard(state, vote, "cs"));

    // vote_closed is event 14: 17:14 UTC, 18:14 in Prague in winter time.
    expect(text).toContain("Ukončeno: 18:14");
  });

  it("refuses a vote that has no result yet", () => {
    const state = foldEvents("s1", sampleLogThrough("vote_opened"));

    expect(() => voteResultCard(state, state.votes[0]!)).toThrow("no result");
  });
});
