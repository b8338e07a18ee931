import { explainResult } from "./explain-result";
import type { RuleSet } from "./rules";
import { czMunicipal, votesCast } from "./rules";
import { decideResult } from "./tally";
import type { VoteCounts } from "./vote-result";

function counts(partial: Partial<VoteCounts>): VoteCounts {
  return { yes: 0, no: 0, abstain: 0, notVoting: 0, absent: 0, ...partial };
}

const adopted = decideResult(counts({ yes: 13, no: 5, abstain: 2, absent: 3 }), czMunicipal);
const rejected = decideResult(counts({ yes: 11, abstain: 9, absent: 3 }), czMunicipal);
const voided = decideResult(counts({ yes: 11, absent: 12 }), czMunicipal);
const presentBase: RuleSet = { ...czMunicipal, id: "present-majority", majorityBase: "present" };
const casting: RuleSet = { ...votesCast, id: "casting-vote", tie: "chair_casting_vote" };

describe("explainResult for a Czech council", () => {
  it("explains an adopted resolution in Czech", () => {
    const text = explainResult(adopted, "cs");

    expect(text).toBe("přijato: 13 pro z 23 členů, potřeba 12 (zákon o obcích, 128/2000 Sb.)");
  });

  it("explains an adopted resolution in English", () => {
    const text = explainResult(adopted, "en");

    expect(text).toBe(
      "adopted: 13 yes of 23 members, 12 needed (Czech Municipalities Act, 128/2000 Coll.)",
    );
  });

  it("speaks Czech unless told otherwise", () => {
    const text = explainResult(adopted);

    expect(text).toBe(explainResult(adopted, "cs"));
  });

  it("explains a rejected resolution in both languages", () => {
    const texts = [explainResult(rejected, "cs"), explainResult(rejected, "en")];

    expect(texts).toEqual([
      "nepřijato: 11 pro z 23 členů, potřeba 12 (zákon o obcích, 128/2000 Sb.)",
      "rejected: 11 yes of 23 members, 12 needed (Czech Municipalities Act, 128/2000 Coll.)",
    ]);
  });

  it("explains a void vote by the missing quorum in both languages", () => {
    const texts = [explainResult(voided, "cs"), explainResult(voided, "en")];

    expect(texts).toEqual([
      "neplatné: zastupitelstvo nebylo usnášeníschopné (přítomno 11, potřeba 12) (zákon o obcích, 128/2000 Sb.)",
      "void: no quorum (11 present, 12 needed) (Czech Municipalities Act, 128/2000 Coll.)",
    ]);
  });

  it("uses the singular for a council of one member", () => {
    const result = decideResult(counts({ yes: 1 }), czMunicipal);

    const texts = [explainResult(result, "cs"), explainResult(result, "en")];

    expect(texts).toEqual([
      "přijato: 1 pro z 1 člena, potřeba 1 (zákon o obcích, 128/2000 Sb.)",
      "adopted: 1 yes of 1 member, 1 needed (Czech Municipalities Act, 128/2000 Coll.)",
    ]);
  });
});

describe("explainResult for other bases", () => {
  it("explains a majority of votes cast", () => {
    const result = decideResult(counts({ yes: 5, no: 4, abstain: 14 }), votesCast);

    const texts = [explainResult(result, "cs"), explainResult(result, "en")];

    expect(texts).toEqual([
      "přijato: 5 pro z 9 odevzdaných hlasů, potřeba 5 (Většina odevzdaných hlasů)",
      "adopted: 5 yes of 9 votes cast, 5 needed (Majority of votes cast)",
    ]);
  });

  it("uses the singular for one vote cast", () => {
    const result = decideResult(counts({ yes: 1, abstain: 22 }), votesCast);

    const texts = [explainResult(result, "cs"), explainResult(result, "en")];

    expect(texts).toEqual([
      "přijato: 1 pro z 1 odevzdaného hlasu, potřeba 1 (Většina odevzdaných hlasů)",
      "adopted: 1 yes of 1 vote cast, 1 needed (Majority of votes cast)",
    ]);
  });

  it("explains a majority of members present, naming an unknown rule set by its id", () => {
    const result = decideResult(counts({ yes: 9, no: 9, absent: 5 }), presentBase);

    const texts = [explainResult(result, "cs"), explainResult(result, "en")];

    expect(texts).toEqual([
      "nepřijato: 9 pro z 18 přítomných, potřeba 10 (present-majority)",
      "rejected: 9 yes of 18 present, 10 needed (present-majority)",
    ]);
  });

  it("says when the chair's casting vote decided a tie", () => {
    const result = decideResult(counts({ yes: 6, no: 6, abstain: 11 }), casting, {
      id: "chair",
      choice: "yes",
    });

    const texts = [explainResult(result, "cs"), explainResult(result, "en")];

    expect(texts).toEqual([
      "přijato: 6 pro z 12 odevzdaných hlasů, potřeba 7, rozhodl hlas předsedajícího (casting-vote)",
      "adopted: 6 yes of 12 votes cast, 7 needed, decided by the chair's casting vote (casting-vote)",
    ]);
  });
});
