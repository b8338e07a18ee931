import type { AgendaItem, SessionState } from "@council/core";

/**
 * The number the agenda gives an item: its own id when that is a number as agendas print them
 * ("1", "1.1", "4a", "IV"). Items added during the session carry generated ids ("added-1") and
 * have no number.
 */
export function itemNumber(item: Pick<AgendaItem, "id">): string | undefined {
  return /^(\d+|[IVXLC]+)[a-z]?(\.\d+[a-z]?)*$/.test(item.id) ? item.id : undefined;
}

/** A number as a heading prints it: "4." for an item, "1.1" for a sub-item. */
export function numberLabel(number: string): string {
  return number.includes(".") ? number : `${number}.`;
}

/** "4. Rozpočet" or "1.1 Určení ověřovatelů" for a numbered item, the bare title otherwise. */
export function numberedTitle(item: Pick<AgendaItem, "id" | "title">): string {
  const number = itemNumber(item);
  return number ? `${numberLabel(number)} ${item.title}` : item.title;
}

/** The item under discussion, if any. */
export function currentItem(state: SessionState): AgendaItem | undefined {
  return state.agenda.find((i) => i.id === state.currentItemId);
}
