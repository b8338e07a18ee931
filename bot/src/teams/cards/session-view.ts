import type { AgendaItem, Lang, Member, SessionState, Vote } from "@council/core";
import { formatTime, holdsSeat, isPresent, listName } from "@council/core";
import type { TextBlock } from "./adaptive-card";
import { subtle } from "./adaptive-card";
import { cardText } from "./card-text";

/** The members of one vote grouped as the minutes list them. */
export interface NamedVotes {
  yes: Member[];
  no: Member[];
  abstain: Member[];
  notVoting: Member[];
  absent: Member[];
}

/** "Zastupitelstvo města Vsetína · 12. zasedání": which session a card belongs to. */
export function sessionLine(state: SessionState): TextBlock {
  return subtle(`${state.council} · ${state.title}`);
}

/** Time of day in the session's own time zone, whatever the server's zone is. */
export function sessionTime(state: SessionState, iso: string | undefined, lang: Lang): string {
  return iso ? formatTime(iso, state.timeZone, lang) : "";
}

/** Agenda items still on the agenda, in order; their positions are the item numbers. */
export function activeAgenda(state: SessionState): AgendaItem[] {
  return state.agenda.filter((item) => item.status !== "withdrawn");
}

/** An agenda item by id, withdrawn items included. */
export function findItem(state: SessionState, itemId: string): AgendaItem | undefined {
  return state.agenda.find((item) => item.id === itemId);
}

/** An item's number on the agenda as it stands; withdrawn items have none. */
export function itemNumber(state: SessionState, itemId: string): number | undefined {
  const index = activeAgenda(state).findIndex((item) => item.id === itemId);
  return index < 0 ? undefined : index + 1;
}

/** "Bod 3: Rozpočet" for an item, or its bare title when it has no number. */
export function itemLabel(state: SessionState, itemId: string, lang: Lang): string {
  const title = findItem(state, itemId)?.title ?? itemId;
  return cardText(lang).item(itemNumber(state, itemId), title);
}

/** The agenda as numbered lines, one paragraph, for the agenda and session cards. */
export function agendaLines(state: SessionState): string {
  return activeAgenda(state)
    .map((item, index) => `${index + 1}. ${item.title}`)
    .join("\n");
}

/**
 * Seat holders grouped by how they voted, each group ordered as a Czech list: family name
 * first, sorted with Czech collation (so "Čermák" comes after "Cibulka").
 */
export function namedVotes(state: SessionState, vote: Vote): NamedVotes {
  const groups: NamedVotes = { yes: [], no: [], abstain: [], notVoting: [], absent: [] };
  for (const member of state.members.filter(holdsSeat)) {
    const choice = vote.ballots[member.id];
    if (choice) groups[choice].push(member);
    else if (isPresent(state, member.id)) groups.notVoting.push(member);
    else groups.absent.push(member);
  }
  for (const group of Object.values(groups)) group.sort(byListName);
  return groups;
}

const collator = new Intl.Collator("cs");

function byListName(a: Member, b: Member): number {
  return collator.compare(listName(a), listName(b));
}
