import { cs } from "../messages/cs";
import { en } from "../messages/en";
import type { Messages } from "../messages/messages";
import type { Lang } from "./lang";

const byLang: Record<Lang, Messages> = { cs, en };

/** The texts of a language. Both files are small, so both ship in the one bundle. */
export function messagesFor(lang: Lang): Messages {
  return byLang[lang];
}
