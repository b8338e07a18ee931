import type { Lang } from "@council/core";

/** What a councillor asked the bot in the chat, and the language to answer in. */
export type ChatCommand =
  | { kind: "agenda"; lang: Lang }
  | { kind: "current_item"; lang: Lang }
  | { kind: "current_speaker"; lang: Lang }
  /** Without a number: the latest closed vote. */
  | { kind: "result"; lang: Lang; voteNumber?: number }
  /** `understood` is false for input that matched no command, which also gets the help. */
  | { kind: "help"; lang: Lang; understood: boolean };

interface Pattern {
  kind: "agenda" | "current_item" | "current_speaker" | "result" | "help";
  lang: Lang;
  words: RegExp;
}

/*
 * Matched against the text in lower case with diacritics dropped ("řečník" is "recnik"), first
 * match wins: results and help before speaker and item, and item before agenda, so that
 * "aktuální bod programu" asks for the item, not the agenda.
 */
const patterns: Pattern[] = [
  { kind: "result", lang: "cs", words: /\b(vysledek|vysledky|vysledku)\b/ },
  { kind: "result", lang: "en", words: /\b(result|results)\b/ },
  { kind: "help", lang: "cs", words: /\b(napoveda|pomoc|prikazy)\b/ },
  { kind: "help", lang: "en", words: /\b(help|commands)\b/ },
  { kind: "current_speaker", lang: "cs", words: /\b(recnik|recnice|kdo mluvi|kdo ma slovo)\b/ },
  { kind: "current_speaker", lang: "en", words: /\b(speaker|who is speaking|who has the floor)\b/ },
  { kind: "current_item", lang: "cs", words: /\b(aktualni bod|bod|projednava)\b/ },
  { kind: "current_item", lang: "en", words: /\b(current item|item|being discussed)\b/ },
  { kind: "agenda", lang: "cs", words: /\b(program|poradi)\b/ },
  { kind: "agenda", lang: "en", words: /\b(agenda)\b/ },
];

/** Letters Czech has and English does not: a message using them is Czech whatever its locale. */
const czechLetters = /[ěščřžýůťďň]/i;

/**
 * Reads a chat command in Czech or English from a message's text (the bot's mention already
 * removed). The answer's language is the command word's language; for input that matches no
 * command, Czech letters in it, else the sender's Teams locale, else Czech.
 *
 * @example
 * parseChatCommand("výsledek 3", "en-US") // { kind: "result", lang: "cs", voteNumber: 3 }
 */
export function parseChatCommand(text: string, locale: string | undefined): ChatCommand {
  const plain = foldText(text);
  const match = patterns.find((pattern) => pattern.words.test(plain));
  if (!match) return { kind: "help", lang: guessLanguage(text, locale), understood: false };
  if (match.kind === "result") return { kind: "result", lang: match.lang, ...voteNumberIn(plain) };
  if (match.kind === "help") return { kind: "help", lang: match.lang, understood: true };
  return { kind: match.kind, lang: match.lang };
}

function foldText(text: string): string {
  // Diacritics are dropped first: \b does not see "á" or "ě" as word characters.
  const plain = text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return plain.replace(/\s+/g, " ").trim();
}

function voteNumberIn(plain: string): { voteNumber?: number } {
  const digits = /\b(\d{1,4})\b/.exec(plain)?.[1];
  return digits ? { voteNumber: Number(digits) } : {};
}

function guessLanguage(text: string, locale: string | undefined): Lang {
  if (czechLetters.test(text)) return "cs";
  return locale?.toLowerCase().startsWith("en") ? "en" : "cs";
}
