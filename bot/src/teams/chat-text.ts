import type { FloorKind, Lang } from "@council/core";

/** Every sentence the bot writes in reply to a chat command, in Czech and English. */
export interface ChatText {
  intro: string;
  bound: string;
  unbound: string;
  notUnderstood: string;
  commands: string[];
  posts: string;
  tab: string;
  notOpenYet: string;
  closed: string;
  noItem: string;
  item: (number: number | undefined, title: string) => string;
  reporter: (name: string) => string;
  voteRunning: (voteNumber: number) => string;
  floor: Record<FloorKind, (name: string, since: string) => string>;
  nobodySpeaking: string;
  queue: (names: string[]) => string;
  noVotesYet: string;
  noSuchVote: (voteNumber: number) => string;
  voteStillOpen: (voteNumber: number) => string;
}

const cs: ChatText = {
  intro: "Jsem Council Live.",
  bound: "Tento chat sleduje zasedání zastupitelstva.",
  unbound:
    "Tento chat zatím nesleduje žádné zasedání; propojit ho může předsedající nebo zapisovatel v nastavení záložky Council Live.",
  notUnderstood: "Tomu nerozumím.",
  commands: [
    "Zmiňte mě (@Council Live) a napište:",
    "- **program**: program zasedání",
    "- **aktuální bod**: co se právě projednává",
    "- **řečník**: kdo má slovo",
    "- **výsledek 3**: výsledek hlasování č. 3 se jmenovitým hlasováním",
    "- **nápověda**: tato zpráva",
  ],
  posts:
    "Píšu sem zahájení a ukončení zasedání, začátek a konec bodů programu, změny programu a každé hlasování: průběžný stav a pak výsledek se jmenovitým hlasováním.",
  tab: "Předsedající i členové pracují v záložce Council Live ve schůzce.",
  notOpenYet: "Zasedání ještě nebylo zahájeno.",
  closed: "Zasedání bylo ukončeno.",
  noItem: "Právě se neprojednává žádný bod programu.",
  item: (number, title) =>
    number === undefined ? `Projednává se: ${title}.` : `Projednává se bod ${number}: ${title}.`,
  reporter: (name) => `Předkladatel: ${name}.`,
  voteRunning: (n) => `Probíhá hlasování č. ${n}.`,
  floor: {
    speech: (name, since) => `Slovo má ${name} (od ${since}).`,
    technical: (name, since) => `Technickou poznámku přednáší ${name} (od ${since}).`,
    factual: (name, since) => `Faktickou poznámku přednáší ${name} (od ${since}).`,
  },
  nobodySpeaking: "Nikdo právě nemá slovo.",
  queue: (names) =>
    names.length === 0 ? "Do rozpravy není nikdo přihlášen." : `Přihlášeni: ${names.join(", ")}.`,
  noVotesYet: "Zatím nebylo ukončeno žádné hlasování.",
  noSuchVote: (n) => `Hlasování č. ${n} v tomto zasedání neproběhlo.`,
  voteStillOpen: (n) => `Hlasování č. ${n} stále probíhá; výsledek napíšu, až skončí.`,
};

const en: ChatText = {
  intro: "I am Council Live.",
  bound: "This chat follows a council session.",
  unbound:
    "This chat does not follow any council session yet; the chair or the clerk can link it in the settings of the Council Live tab.",
  notUnderstood: "I did not understand that.",
  commands: [
    "Mention me (@Council Live) and write:",
    "- **agenda**: the session's agenda",
    "- **current item**: what is being discussed",
    "- **speaker**: who has the floor",
    "- **result 3**: the result of vote no. 3 with named votes",
    "- **help**: this message",
  ],
  posts:
    "I post here when the session opens and closes, when an agenda item starts or ends, when the agenda changes, and every vote: its live tally, then the result with named votes.",
  tab: "The chair and members work in the Council Live tab of the meeting.",
  notOpenYet: "The session has not been opened yet.",
  closed: "The session is closed.",
  noItem: "No agenda item is being discussed right now.",
  item: (number, title) =>
    number === undefined ? `Now discussing: ${title}.` : `Now discussing item ${number}: ${title}.`,
  reporter: (name) => `Reporter: ${name}.`,
  voteRunning: (n) => `Vote no. ${n} is in progress.`,
  floor: {
    speech: (name, since) => `${name} has the floor (since ${since}).`,
    technical: (name, since) => `${name} is making a technical remark (since ${since}).`,
    factual: (name, since) => `${name} is making a factual remark (since ${since}).`,
  },
  nobodySpeaking: "Nobody has the floor right now.",
  queue: (names) =>
    names.length === 0 ? "Nobody is waiting to speak." : `Waiting to speak: ${names.join(", ")}.`,
  noVotesYet: "No vote has been closed yet.",
  noSuchVote: (n) => `There was no vote no. ${n} in this session.`,
  voteStillOpen: (n) => `Vote no. ${n} is still open; I will post the result when it closes.`,
};

const texts: Record<Lang, ChatText> = { cs, en };

/** The chat words for a language. */
export function chatText(lang: Lang): ChatText {
  return texts[lang];
}
