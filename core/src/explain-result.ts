import type { MajorityBase } from "./rules";
import { findRuleSet } from "./rules";
import type { VoteResult } from "./vote-result";

export type Lang = "cs" | "en";

const outcomeWord: Record<Lang, Record<VoteResult["outcome"], string>> = {
  cs: { adopted: "přijato", rejected: "nepřijato", void: "neplatné" },
  en: { adopted: "adopted", rejected: "rejected", void: "void" },
};

/** "of 23 members" in each language, singular for one; Czech takes the genitive after "z". */
const baseNouns: Record<Lang, Record<"one" | "many", Record<MajorityBase, string>>> = {
  cs: {
    one: { all_members: "člena", present: "přítomného", votes_cast: "odevzdaného hlasu" },
    many: { all_members: "členů", present: "přítomných", votes_cast: "odevzdaných hlasů" },
  },
  en: {
    one: { all_members: "member", present: "present", votes_cast: "vote cast" },
    many: { all_members: "members", present: "present", votes_cast: "votes cast" },
  },
};

function baseWords(lang: Lang, kind: MajorityBase, n: number): string {
  const noun = baseNouns[lang][n === 1 ? "one" : "many"][kind];
  return `${lang === "cs" ? "z" : "of"} ${n} ${noun}`;
}

/**
 * One line that says why a vote ended as it did, e.g. "adopted: 13 yes of 23 members, 12 needed
 * (Czech Municipalities Act, 128/2000 Coll.)" or in Czech "přijato: 13 pro z 23 členů, potřeba 12 …".
 */
export function explainResult(result: VoteResult, lang: Lang = "cs"): string {
  const outcome = outcomeWord[lang][result.outcome];
  const rules = findRuleSet(result.ruleSetId)?.name[lang] ?? result.ruleSetId;
  if (result.outcome === "void") {
    return lang === "cs"
      ? `${outcome}: zastupitelstvo nebylo usnášeníschopné (přítomno ${result.present}, potřeba ${result.quorum}) (${rules})`
      : `${outcome}: no quorum (${result.present} present, ${result.quorum} needed) (${rules})`;
  }
  const yes = lang === "cs" ? `${result.counts.yes} pro` : `${result.counts.yes} yes`;
  const needed = lang === "cs" ? `potřeba ${result.needed}` : `${result.needed} needed`;
  const casting =
    result.castingVoteBy === undefined
      ? ""
      : lang === "cs"
        ? ", rozhodl hlas předsedajícího"
        : ", decided by the chair's casting vote";
  return `${outcome}: ${yes} ${baseWords(lang, result.baseKind, result.base)}, ${needed}${casting} (${rules})`;
}
