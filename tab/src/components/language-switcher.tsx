import { Dropdown, Option } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import type { Lang } from "../i18n/lang";

const langs: Lang[] = ["cs", "en"];

/** Switches the page between Czech and English. */
export function LanguageSwitcher() {
  const { t, lang, setLang } = useI18n();
  return (
    <Dropdown
      aria-label={t.language}
      size="small"
      value={t.languageNames[lang]}
      selectedOptions={[lang]}
      onOptionSelect={(_, data) => {
        if (data.optionValue === "cs" || data.optionValue === "en") setLang(data.optionValue);
      }}
      data-testid="language"
    >
      {langs.map((l) => (
        <Option key={l} value={l} lang={l}>
          {t.languageNames[l]}
        </Option>
      ))}
    </Dropdown>
  );
}
