import type { AttendanceMode, FloorKind, ItemStatus, Lang, VoteCounts } from "@council/core";
import type { VoteOutcome } from "@council/core";

type Present = Exclude<AttendanceMode, "absent">;

/**
 * Every word of the minutes in Czech (the default) and English. Sentences avoid the speaker's
 * grammatical gender ("Zasedání bylo zahájeno", not "zahájil/a") because the roster does not
 * record it.
 */
export interface MinutesWords {
  minutesOf: string;
  basics: string;
  council: string;
  place: string;
  date: string;
  opened: string;
  closed: string;
  chair: string;
  clerk: string;
  verifiers: string;
  attendance: string;
  presentMembers: string;
  name: string;
  participation: string;
  mode: Record<Present, string>;
  arrival: string;
  departure: string;
  fromOpening: string;
  excused: string;
  absent: string;
  nobody: string;
  movements: string;
  movement: Record<"arrival" | "departure" | "mode_change", string>;
  attendanceSummary: (a: {
    present: number;
    seats: number;
    room: number;
    remote: number;
    excused: number;
    absent: number;
  }) => string;
  quorum: string;
  quorumAtOpening: (time: string, present: number, seats: number, quorum: number) => string;
  quorumLost: (time: string, present: number, quorum: number) => string;
  quorumRestored: (time: string, present: number, quorum: number) => string;
  agenda: string;
  approvedAgenda: string;
  agendaApproved: (time: string, voteNumber?: number) => string;
  agendaNotApproved: string;
  agendaChanges: string;
  itemAdded: (title: string) => string;
  itemWithdrawn: (title: string) => string;
  agendaReordered: string;
  byVote: (voteNumber: number) => string;
  reason: string;
  addedMark: string;
  proceedings: string;
  item: (number: number) => string;
  /** The item inside a sentence: "bod 2". */
  itemRef: (number: number) => string;
  reporter: string;
  draftResolution: string;
  discussed: string;
  itemStatus: Record<ItemStatus, string>;
  debate: string;
  noDebate: string;
  floorKind: Record<FloorKind, string>;
  conflicts: string;
  vote: (number: number) => string;
  /** The vote inside a sentence: "hlasování č. 4". */
  voteRef: (number: number) => string;
  motion: string;
  purpose: {
    resolution: string;
    test: string;
    approve_agenda: string;
    add_item: (title: string) => string;
    withdraw_item: (title: string) => string;
    reorder_agenda: string;
  };
  countsLine: (counts: VoteCounts) => string;
  choice: Record<keyof VoteCounts, string>;
  outcome: Record<VoteOutcome, string>;
  voteNotClosed: string;
  namedVotes: string;
  resolution: (number: string) => string;
  resolutions: string;
  noResolutions: string;
  procedural: string;
  ending: string;
  endedAdjourned: (time: string) => string;
  endedQuorumLost: (time: string) => string;
  notClosed: (time: string) => string;
  notOpened: string;
  record: string;
  eventCount: string;
  finalHash: string;
  recordNote: string;
  signatures: string;
  verifier: string;
}

const cs: MinutesWords = {
  minutesOf: "Zápis ze zasedání",
  basics: "Základní údaje",
  council: "Orgán",
  place: "Místo",
  date: "Datum",
  opened: "Zahájení",
  closed: "Ukončení",
  chair: "Předsedající",
  clerk: "Zapisovatel",
  verifiers: "Ověřovatelé zápisu",
  attendance: "Prezence",
  presentMembers: "Přítomní členové",
  name: "Jméno",
  participation: "Účast",
  mode: { room: "v sále", remote: "distančně" },
  arrival: "Příchod",
  departure: "Odchod",
  fromOpening: "od zahájení",
  excused: "Omluvení",
  absent: "Nepřítomní",
  nobody: "nikdo",
  movements: "Příchody a odchody",
  movement: { arrival: "příchod", departure: "odchod", mode_change: "změna účasti" },
  attendanceSummary: (a) =>
    `Přítomno: ${a.present} z ${a.seats} (v sále ${a.room}, distančně ${a.remote}); ` +
    `omluveno: ${a.excused}; nepřítomno: ${a.absent}.`,
  quorum: "Usnášeníschopnost",
  quorumAtOpening: (time, present, seats, quorum) =>
    `Zasedání bylo zahájeno v ${time}. Přítomno bylo ${present} z ${seats} členů zastupitelstva ` +
    `(k usnášeníschopnosti je potřeba ${quorum}), zastupitelstvo bylo usnášeníschopné.`,
  quorumLost: (time, present, quorum) =>
    `V ${time} přestalo být zastupitelstvo usnášeníschopné (přítomno ${present}, potřeba ${quorum}).`,
  quorumRestored: (time, present, quorum) =>
    `V ${time} bylo zastupitelstvo opět usnášeníschopné (přítomno ${present}, potřeba ${quorum}).`,
  agenda: "Program",
  approvedAgenda: "Schválený program",
  agendaApproved: (time, voteNumber) =>
    voteNumber === undefined
      ? `Program byl schválen v ${time}.`
      : `Program byl schválen v ${time} hlasováním č. ${voteNumber}.`,
  agendaNotApproved: "Program nebyl schválen.",
  agendaChanges: "Změny programu",
  itemAdded: (title) => `Do programu byl doplněn bod „${title}“`,
  itemWithdrawn: (title) => `Z programu byl stažen bod „${title}“`,
  agendaReordered: "Pořadí bodů programu bylo změněno",
  byVote: (n) => `hlasováním č. ${n}`,
  reason: "důvod",
  addedMark: "doplněno na zasedání",
  proceedings: "Průběh zasedání",
  item: (n) => `Bod ${n}`,
  itemRef: (n) => `bod ${n}`,
  reporter: "Předkladatel",
  draftResolution: "Návrh usnesení",
  discussed: "Projednáváno",
  itemStatus: {
    pending: "Bod nebyl projednán.",
    current: "Projednávání bodu nebylo ukončeno.",
    done: "Bod byl projednán.",
    withdrawn: "Bod byl stažen z programu.",
  },
  debate: "Rozprava",
  noDebate: "Do rozpravy se nikdo nepřihlásil.",
  floorKind: {
    speech: "vystoupení",
    technical: "technická poznámka",
    factual: "faktická poznámka",
  },
  conflicts: "Oznámený střet zájmů",
  vote: (n) => `Hlasování č. ${n}`,
  voteRef: (n) => `hlasování č. ${n}`,
  motion: "Návrh",
  purpose: {
    resolution: "návrh usnesení",
    test: "zkušební hlasování",
    approve_agenda: "schválení programu",
    add_item: (title) => `doplnění bodu „${title}“ do programu`,
    withdraw_item: (title) => `stažení bodu „${title}“ z programu`,
    reorder_agenda: "změna pořadí bodů programu",
  },
  countsLine: (c) =>
    `Výsledek hlasování: pro ${c.yes}, proti ${c.no}, zdržel se ${c.abstain}, ` +
    `nehlasoval ${c.notVoting}, nepřítomen ${c.absent}`,
  choice: {
    yes: "Pro",
    no: "Proti",
    abstain: "Zdržel se",
    notVoting: "Nehlasoval",
    absent: "Nepřítomen",
  },
  outcome: {
    adopted: "Návrh byl přijat",
    rejected: "Návrh nebyl přijat",
    void: "Hlasování je neplatné: zastupitelstvo nebylo usnášeníschopné",
  },
  voteNotClosed: "Hlasování nebylo ukončeno.",
  namedVotes: "Jmenovité hlasování",
  resolution: (n) => `Usnesení č. ${n}`,
  resolutions: "Přijatá usnesení",
  noResolutions: "Nebylo přijato žádné usnesení.",
  procedural: "procedurální",
  ending: "Ukončení zasedání",
  endedAdjourned: (time) => `Zasedání bylo ukončeno v ${time}.`,
  endedQuorumLost: (time) =>
    `Zasedání bylo ukončeno v ${time}, protože zastupitelstvo přestalo být usnášeníschopné.`,
  notClosed: (time) => `Zasedání nebylo ukončeno; záznam končí v ${time}.`,
  notOpened: "Zasedání nebylo zahájeno.",
  record: "Záznam zasedání",
  eventCount: "Počet událostí v záznamu",
  finalHash: "Otisk poslední události (SHA-256)",
  recordNote:
    "Zápis je sestaven ze záznamu událostí zasedání. Otisk poslední události umožňuje každému, " +
    "kdo má zveřejněná data, ověřit, že záznam nebyl pozměněn.",
  signatures: "Podpisy",
  verifier: "Ověřovatel zápisu",
};

const en: MinutesWords = {
  minutesOf: "Minutes of the session",
  basics: "Session details",
  council: "Council",
  place: "Place",
  date: "Date",
  opened: "Opened",
  closed: "Closed",
  chair: "Chair",
  clerk: "Clerk",
  verifiers: "Minutes verifiers",
  attendance: "Attendance",
  presentMembers: "Members present",
  name: "Name",
  participation: "Attendance",
  mode: { room: "in the room", remote: "remote" },
  arrival: "Arrived",
  departure: "Left",
  fromOpening: "from the opening",
  excused: "Excused",
  absent: "Absent",
  nobody: "none",
  movements: "Arrivals and departures",
  movement: { arrival: "arrived", departure: "left", mode_change: "changed attendance" },
  attendanceSummary: (a) =>
    `Present: ${a.present} of ${a.seats} (${a.room} in the room, ${a.remote} remote); ` +
    `excused: ${a.excused}; absent: ${a.absent}.`,
  quorum: "Quorum",
  quorumAtOpening: (time, present, seats, quorum) =>
    `The session was opened at ${time}. ${present} of ${seats} members were present ` +
    `(${quorum} needed for a quorum); the council had a quorum.`,
  quorumLost: (time, present, quorum) =>
    `At ${time} the council lost its quorum (${present} present, ${quorum} needed).`,
  quorumRestored: (time, present, quorum) =>
    `At ${time} the council had a quorum again (${present} present, ${quorum} needed).`,
  agenda: "Agenda",
  approvedAgenda: "Approved agenda",
  agendaApproved: (time, voteNumber) =>
    voteNumber === undefined
      ? `The agenda was approved at ${time}.`
      : `The agenda was approved at ${time} by vote ${voteNumber}.`,
  agendaNotApproved: "The agenda was not approved.",
  agendaChanges: "Changes to the agenda",
  itemAdded: (title) => `Item added to the agenda: "${title}"`,
  itemWithdrawn: (title) => `Item withdrawn from the agenda: "${title}"`,
  agendaReordered: "The order of the agenda items was changed",
  byVote: (n) => `by vote ${n}`,
  reason: "reason",
  addedMark: "added at the session",
  proceedings: "Proceedings",
  item: (n) => `Item ${n}`,
  itemRef: (n) => `item ${n}`,
  reporter: "Reporter",
  draftResolution: "Draft resolution",
  discussed: "Discussed",
  itemStatus: {
    pending: "The item was not discussed.",
    current: "The discussion of the item was not ended.",
    done: "The item was discussed.",
    withdrawn: "The item was withdrawn from the agenda.",
  },
  debate: "Debate",
  noDebate: "Nobody asked to speak.",
  floorKind: { speech: "speech", technical: "technical remark", factual: "factual remark" },
  conflicts: "Conflicts of interest declared",
  vote: (n) => `Vote ${n}`,
  voteRef: (n) => `vote ${n}`,
  motion: "Motion",
  purpose: {
    resolution: "draft resolution",
    test: "test vote",
    approve_agenda: "approval of the agenda",
    add_item: (title) => `adding "${title}" to the agenda`,
    withdraw_item: (title) => `withdrawing "${title}" from the agenda`,
    reorder_agenda: "reordering the agenda",
  },
  countsLine: (c) =>
    `Result of the vote: yes ${c.yes}, no ${c.no}, abstain ${c.abstain}, ` +
    `not voting ${c.notVoting}, absent ${c.absent}`,
  choice: { yes: "Yes", no: "No", abstain: "Abstain", notVoting: "Not voting", absent: "Absent" },
  outcome: {
    adopted: "The motion was adopted",
    rejected: "The motion was not adopted",
    void: "The vote is void: the council had no quorum",
  },
  voteNotClosed: "The vote was not closed.",
  namedVotes: "Named votes",
  resolution: (n) => `Resolution ${n}`,
  resolutions: "Resolutions adopted",
  noResolutions: "No resolution was adopted.",
  procedural: "procedural",
  ending: "Close of the session",
  endedAdjourned: (time) => `The session was closed at ${time}.`,
  endedQuorumLost: (time) =>
    `The session was closed at ${time} because the council lost its quorum.`,
  notClosed: (time) => `The session was not closed; the record ends at ${time}.`,
  notOpened: "The session was not opened.",
  record: "Record of the session",
  eventCount: "Events in the record",
  finalHash: "Hash of the last event (SHA-256)",
  recordNote:
    "These minutes are compiled from the session's event log. The hash of the last event lets " +
    "anyone holding the published data check that the log was not altered.",
  signatures: "Signatures",
  verifier: "Minutes verifier",
};

const words: Record<Lang, MinutesWords> = { cs, en };

/** The minutes' vocabulary in one language. */
export function minutesWords(lang: Lang): MinutesWords {
  return words[lang];
}
