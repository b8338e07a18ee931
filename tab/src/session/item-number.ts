import type { AgendaItem, SessionState } from "@council/core";
import { itemNumber, numberLabel } from "@council/core";

/** "4. Rozpočet" or "1.1 Určení ověřovatelů" for a numbered item, the bare title otherwise. */
export function numberedTitle(item: Pick<AgendaItem, "id" | "title">): string {
  const number = itemNumber(item);
  return number ? `${numberLabel(number)} ${item.title}` : item.title;
}

/** The item under discussion, if any. */
export function currentItem(state: SessionState): AgendaItem | undefined {
  return state.agenda.find((i) => i.id === state.currentItemId);
}
