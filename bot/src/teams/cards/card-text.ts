import type { Choice, Lang, RefusalCode, SessionCloseReason, VoteCounts } from "@council/core";
import type { VoteOutcome } from "@council/core";

/** Every word the chat cards show, in Czech (the default) and English. */
export interface CardText {
  sessionOpened: string;
  sessionClosed: string;
  closeReason: Record<SessionCloseReason, string>;
  place: string;
  time: string;
  started: string;
  ended: string;
  quorum: string;
  quorumValue: (present: number, members: number, needed: number) => string;
  item: (number: number | undefined, title: string) => string;
  itemStarted: (number: number | undefined) => string;
  itemEnded: (number: number | undefined) => string;
  reporter: string;
  draftResolution: string;
  agenda: string;
  agendaApproved: string;
  byVote: (voteNumber: number) => string;
  itemAdded: (title: string) => string;
  itemWithdrawn: (title: string) => string;
  reason: string;
  agendaReordered: string;
  vote: (voteNumber: number) => string;
  testVote: string;
  votingInProgress: string;
  motion: string;
  choice: Record<keyof VoteCounts, string>;
  notYetVoted: string;
  needed: string;
  neededValue: (needed: number | null) => string;
  outcome: Record<VoteOutcome, string>;
  countsLine: (counts: VoteCounts) => string;
  namedVotes: string;
  nobody: string;
  votes: string;
  noVotes: string;
  itemsDone: (done: number, total: number) => string;
  agendaProposed: string;
  itemProgress: { done: string; current: string };
  refresh: string;
  yourBallot: (choice: Choice) => string;
  /** Why a ballot from the card was not taken, for the refusals a voter can meet. */
  ballotRefused: Partial<Record<RefusalCode, string>>;
  ballotRefusedOther: string;
  unknownAction: string;
}

const cs: CardText = {
  sessionOpened: "Zasedání zahájeno",
  sessionClosed: "Zasedání ukončeno",
  closeReason: {
    adjourned: "Zasedání ukončil předsedající.",
    quorum_lost: "Zasedání bylo ukončeno, protože zastupitelstvo přestalo být usnášeníschopné.",
  },
  place: "Místo",
  time: "Čas",
  started: "Zahájeno",
  ended: "Ukončeno",
  quorum: "Usnášeníschopnost",
  quorumValue: (present, members, needed) => `přítomno ${present} z ${members}, potřeba ${needed}`,
  item: (number, title) => (number === undefined ? title : `Bod ${number}: ${title}`),
  itemStarted: (number) =>
    number === undefined ? "Projednává se bod" : `Projednává se bod ${number}`,
  itemEnded: (number) =>
    number === undefined ? "Projednávání bodu ukončeno" : `Projednávání bodu ${number} ukončeno`,
  reporter: "Předkladatel",
  draftResolution: "Návrh usnesení",
  agenda: "Program",
  agendaApproved: "Program schválen",
  byVote: (voteNumber) => `Schváleno hlasováním č. ${voteNumber}.`,
  itemAdded: (title) => `Do programu přidán bod: ${title}`,
  itemWithdrawn: (title) => `Z programu stažen bod: ${title}`,
  reason: "Důvod",
  agendaReordered: "Pořadí bodů programu změněno",
  vote: (voteNumber) => `Hlasování č. ${voteNumber}`,
  testVote: "Zkušební hlasování, výsledek nemá účinky.",
  votingInProgress: "Probíhá hlasování",
  motion: "Návrh",
  choice: {
    yes: "Pro",
    no: "Proti",
    abstain: "Zdržel se",
    notVoting: "Nehlasoval",
    absent: "Nepřítomen",
  },
  notYetVoted: "Dosud nehlasoval",
  needed: "K přijetí",
  neededValue: (needed) =>
    needed === null ? "většina odevzdaných hlasů" : `potřeba ${needed} hlasů pro`,
  outcome: {
    adopted: "Návrh byl přijat",
    rejected: "Návrh nebyl přijat",
    void: "Hlasování je neplatné",
  },
  countsLine: (c) =>
    `Výsledek hlasování: pro ${c.yes}, proti ${c.no}, zdržel se ${c.abstain}, ` +
    `nehlasoval ${c.notVoting}, nepřítomen ${c.absent}`,
  namedVotes: "Jmenovité hlasování",
  nobody: "nikdo",
  votes: "Hlasování",
  noVotes: "Nehlasovalo se.",
  itemsDone: (done, total) => `Projednáno bodů: ${done} z ${total}`,
  agendaProposed: "Navržený program, zatím neschválený",
  itemProgress: { done: "projednáno", current: "projednává se" },
  refresh: "Obnovit",
  yourBallot: (choice) => `Váš hlas: ${cs.choice[choice]}. Byl zaznamenán.`,
  ballotRefused: {
    already_voted: "Už jste hlasoval(a); hlas nelze změnit.",
    not_present:
      "Nejste zapsán(a) jako přítomný(á). Požádejte předsedajícího nebo zapisovatele o zápis prezence.",
    vote_closed: "Hlasování je uzavřeno; hlas už nelze odevzdat.",
    vote_not_found: "Toto hlasování neexistuje.",
    not_on_roster: "Nejste na seznamu členů zastupitelstva pro toto zasedání.",
    not_a_member: "Hlasují jen členové zastupitelstva.",
    conflict_bars_vote: "Kvůli ohlášenému střetu zájmů v tomto hlasování nehlasujete.",
    session_not_found: "Zasedání nebylo nalezeno.",
  },
  ballotRefusedOther: "Hlas nebyl přijat.",
  unknownAction: "Tomuto tlačítku Council Live nerozumí; karta je možná zastaralá.",
};

const en: CardText = {
  sessionOpened: "Session opened",
  sessionClosed: "Session closed",
  closeReason: {
    adjourned: "The chair closed the session.",
    quorum_lost: "The session was closed because the council lost its quorum.",
  },
  place: "Place",
  time: "Time",
  started: "Started",
  ended: "Ended",
  quorum: "Quorum",
  quorumValue: (present, members, needed) => `${present} of ${members} present, ${needed} needed`,
  item: (number, title) => (number === undefined ? title : `Item ${number}: ${title}`),
  itemStarted: (number) =>
    number === undefined ? "Now discussing" : `Now discussing item ${number}`,
  itemEnded: (number) => (number === undefined ? "Item ended" : `Item ${number} ended`),
  reporter: "Reporter",
  draftResolution: "Draft resolution",
  agenda: "Agenda",
  agendaApproved: "Agenda approved",
  byVote: (voteNumber) => `Approved by vote no. ${voteNumber}.`,
  itemAdded: (title) => `Item added to the agenda: ${title}`,
  itemWithdrawn: (title) => `Item withdrawn from the agenda: ${title}`,
  reason: "Reason",
  agendaReordered: "Agenda reordered",
  vote: (voteNumber) => `Vote no. ${voteNumber}`,
  testVote: "Test vote, the result has no effect.",
  votingInProgress: "Voting in progress",
  motion: "Motion",
  choice: { yes: "Yes", no: "No", abstain: "Abstain", notVoting: "Not voting", absent: "Absent" },
  notYetVoted: "Not yet voted",
  needed: "To adopt",
  neededValue: (needed) =>
    needed === null ? "a majority of votes cast" : `${needed} yes votes needed`,
  outcome: { adopted: "Adopted", rejected: "Rejected", void: "Void" },
  countsLine: (c) =>
    `Result: yes ${c.yes}, no ${c.no}, abstain ${c.abstain}, ` +
    `not voting ${c.notVoting}, absent ${c.absent}`,
  namedVotes: "Named votes",
  nobody: "nobody",
  votes: "Votes",
  noVotes: "No votes were held.",
  itemsDone: (done, total) => `Items dealt with: ${done} of ${total}`,
  agendaProposed: "Proposed agenda, not yet approved",
  itemProgress: { done: "done", current: "now" },
  refresh: "Refresh",
  yourBallot: (choice) => `Your ballot: ${en.choice[choice]}. It has been recorded.`,
  ballotRefused: {
    already_voted: "You have voted already; a ballot cannot be changed.",
    not_present: "You are not recorded as present. Ask the chair or the clerk to record you.",
    vote_closed: "The vote is closed; ballots are no longer taken.",
    vote_not_found: "This vote does not exist.",
    not_on_roster: "You are not on the council's roster for this session.",
    not_a_member: "Only members of the council vote.",
    conflict_bars_vote: "A declared conflict of interest bars you from this vote.",
    session_not_found: "The session was not found.",
  },
  ballotRefusedOther: "Your ballot was not accepted.",
  unknownAction: "Council Live does not know this button; the card may be out of date.",
};

const texts: Record<Lang, CardText> = { cs, en };

/** The card words for a language. */
export function cardText(lang: Lang): CardText {
  return texts[lang];
}
