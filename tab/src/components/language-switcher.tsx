import { Button } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import type { Lang } from "../i18n/lang";

/**
 * Switches the page between Czech and English: one button naming the other language in that
 * language ("English", "Čeština"), lighter than a list box in every view's first load.
 */
export function LanguageSwitcher() {
  const { t, lang, setLang } = useI18n();
  const other: Lang = lang === "cs" ? "en" : "cs";
  return (
    <Button
      size="small"
      appearance="subtle"
      lang={other}
      aria-label={`${t.language}: ${t.languageNames[other]}`}
      onClick={() => setLang(other)}
      data-testid="language"
      data-lang={lang}
    >
      {t.languageNames[other]}
    </Button>
  );
}
