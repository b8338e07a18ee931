import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../i18n/lang";
import { askedLang, langFromLocale } from "../i18n/lang";

/**
 * The page language: `?lang=` at load, else the Teams client's language once known, else Czech.
 * Switching writes `?lang=` back into the address so a reload keeps the choice, and sets
 * `<html lang>` for screen readers.
 */
export function useLanguage(teamsLocale: string | undefined): [Lang, (lang: Lang) => void] {
  const [chosen, setChosen] = useState<Lang | undefined>(() => askedLang(window.location.search));
  const lang = chosen ?? langFromLocale(teamsLocale);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    const url = new URL(window.location.href);
    url.searchParams.set("lang", next);
    window.history.replaceState(window.history.state, "", url);
    setChosen(next);
  }, []);

  return [lang, setLang];
}
