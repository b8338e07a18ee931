import type { SessionEvent } from "./events";
import type { SessionState } from "./state";

/** The events that wind down the current item: the speech in progress ends, then the item. */
export function closingEvents(state: SessionState): SessionEvent[] {
  const events: SessionEvent[] = [];
  const itemId = state.currentItemId;
  if (state.floor) {
    events.push({
      type: "floor_ended",
      payload: { memberId: state.floor.memberId, itemId: state.floor.itemId },
    });
  }
  if (itemId) events.push({ type: "item_ended", payload: { itemId } });
  return events;
}
