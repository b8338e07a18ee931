import { createContext } from "react";
import { cs } from "../messages/cs";
import type { Messages } from "../messages/messages";
import type { Lang } from "./lang";

/** The language of the page, its texts and the switch between languages. */
export interface I18n {
  lang: Lang;
  t: Messages;
  setLang: (lang: Lang) => void;
}

/** Czech until the App provides its choice. */
export const I18nContext = createContext<I18n>({ lang: "cs", t: cs, setLang: () => undefined });
