import type { Lang } from "./lang";
import { localeOf } from "./lang";

/**
 * The word forms of a counted noun by CLDR plural category. Czech needs `one` (1), `few` (2-4)
 * and `other` (0, 5+); `many` covers fractions. Missing forms fall back to `other`.
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rulesCache = new Map<Lang, Intl.PluralRules>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = rulesCache.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(localeOf[lang]);
    rulesCache.set(lang, rules);
  }
  return rules;
}

/** The form of a noun that goes with a count: `pluralWord("cs", 2, hlas)` is "hlasy". */
export function pluralWord(lang: Lang, count: number, forms: PluralForms): string {
  const category = pluralRules(lang).select(count);
  if (category === "one") return forms.one;
  if (category === "few") return forms.few ?? forms.other;
  if (category === "many") return forms.many ?? forms.other;
  return forms.other;
}

/** A count with its noun: `countOf("cs", 5, hlas)` is "5 hlasů". */
export function countOf(lang: Lang, count: number, forms: PluralForms): string {
  return `${count} ${pluralWord(lang, count, forms)}`;
}
