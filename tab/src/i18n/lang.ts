/** The languages the tab speaks. Czech is the default: the councils are Czech. */
export type Lang = "cs" | "en";

export const defaultLang: Lang = "cs";

/** The BCP 47 locale used for numbers, dates and plurals of each language. */
export const localeOf: Record<Lang, string> = { cs: "cs-CZ", en: "en-GB" };

/** Reads `?lang=` from a query string; undefined when absent or unknown. */
export function askedLang(search: string): Lang | undefined {
  const asked = new URLSearchParams(search).get("lang");
  return asked === "en" || asked === "cs" ? asked : undefined;
}

/** Reads `?lang=` from a query string; anything unknown falls back to Czech. */
export function langFromSearch(search: string): Lang {
  return askedLang(search) ?? defaultLang;
}

/** The language for a Teams locale: English for an English client, Czech otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : defaultLang;
}
