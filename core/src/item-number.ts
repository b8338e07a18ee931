import type { AgendaItem } from "./state";

/**
 * The number the agenda gives an item: its own id when that is a number as agendas print them
 * ("1", "1.1", "4a", "IV"). Items added during the session carry generated ids ("added-1") and
 * have no number. The tab, the bot's cards, the minutes and the broadcast all number items so.
 */
export function itemNumber(item: Pick<AgendaItem, "id">): string | undefined {
  return /^(\d+|[IVXLC]+)[a-z]?(\.\d+[a-z]?)*$/.test(item.id) ? item.id : undefined;
}

/** A number as a heading prints it: "4." for an item, "1.1" for a sub-item. */
export function numberLabel(number: string): string {
  return number.includes(".") ? number : `${number}.`;
}
