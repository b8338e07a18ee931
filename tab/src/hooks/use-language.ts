import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../i18n/lang";
import { langFromSearch } from "../i18n/lang";

/**
 * The page language: `?lang=` at load, Czech otherwise. Switching writes `?lang=` back into the
 * address so a reload keeps the choice, and sets `<html lang>` for screen readers.
 */
export function useLanguage(): [Lang, (lang: Lang) => void] {
  const [lang, setLangState] = useState<Lang>(() => langFromSearch(window.location.search));

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    const url = new URL(window.location.href);
    url.searchParams.set("lang", next);
    window.history.replaceState(window.history.state, "", url);
    setLangState(next);
  }, []);

  return [lang, setLang];
}
