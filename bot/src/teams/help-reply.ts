import type { Lang } from "@council/core";

const czechWords = /\b(pomoc|napoveda)\b/i;
const englishWords = /\b(help)\b/i;

/**
 * The language to answer a chat message in: the one its words are in ("pomoc" or "help"),
 * else the sender's Teams locale, else Czech.
 */
export function replyLanguage(text: string, locale: string | undefined): Lang {
  // Diacritics are dropped first: \b does not see "á" or "ě" as word characters.
  const plain = text.normalize("NFD").replace(/\p{M}/gu, "");
  if (czechWords.test(plain)) return "cs";
  if (englishWords.test(plain)) return "en";
  return locale?.toLowerCase().startsWith("en") ? "en" : "cs";
}

/** The bot's short answer to an @mention: what it posts here and where the controls are. */
export function helpReply(lang: Lang, bound: boolean): string {
  if (lang === "en") {
    const binding = bound
      ? "This chat follows a council session."
      : "This chat does not follow any council session yet; the clerk can link it from the app.";
    return [
      "I am Council Live.",
      binding,
      "I post here when the session opens and closes, when an agenda item starts or ends, when the agenda changes, and every vote: its live tally, then the result with named votes.",
      "The chair and members work in the Council Live tab of the meeting.",
    ].join(" ");
  }
  const binding = bound
    ? "Tento chat sleduje zasedání zastupitelstva."
    : "Tento chat zatím nesleduje žádné zasedání; propojit ho může zapisovatel v aplikaci.";
  return [
    "Jsem Council Live.",
    binding,
    "Píšu sem zahájení a ukončení zasedání, začátek a konec bodů programu, změny programu a každé hlasování: průběžný stav a pak výsledek se jmenovitým hlasováním.",
    "Předsedající i členové pracují v záložce Council Live ve schůzce.",
  ].join(" ");
}
