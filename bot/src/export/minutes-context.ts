import type { Lang, Member } from "@council/core";
import { listName } from "@council/core";
import type { MinutesWords } from "./minutes-words";
import { minutesWords } from "./minutes-words";
import type { Stamp } from "./session-clock";
import { stamp } from "./session-clock";

/** What every part of the minutes builder shares: language, words, time zone and names. */
export interface MinutesContext {
  lang: Lang;
  words: MinutesWords;
  timeZone: string;
  /** The list name of a roster member ("Nováková Jana, Ing."), or the id when not on the roster. */
  nameOf(memberId: string): string;
  at(iso: string): Stamp;
}

export function minutesContext(lang: Lang, timeZone: string, members: Member[]): MinutesContext {
  const names = new Map(members.map((m) => [m.id, listName(m)]));
  return {
    lang,
    words: minutesWords(lang),
    timeZone,
    nameOf: (id) => names.get(id) ?? id,
    at: (iso) => stamp(iso, timeZone, lang),
  };
}

/** Names in the order of the Czech alphabet (ch after h, č after c), as lists in minutes run. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, "cs");
}
