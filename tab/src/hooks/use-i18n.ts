import { useContext } from "react";
import type { I18n } from "../i18n/i18n-context";
import { I18nContext } from "../i18n/i18n-context";

/** The current language, its texts and the language switch. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
