import type { Command, CommandContext } from "./commands";
import type { Decision } from "./decision";
import { accept, refuse } from "./decision";
import type { ItemDraft } from "./events";
import { firstFailure, requireChair, requireOpen, requireQuorum } from "./guards";
import type { AgendaItem, SessionState } from "./state";
import { closingEvents } from "./closing-events";

type Cmd<T extends Command["type"]> = Extract<Command, { type: T }>;

/** The common checks of every agenda command: chair, open session, quorum. */
function chairBusiness(state: SessionState, ctx: CommandContext) {
  return firstFailure(
    () => requireChair(state, ctx),
    () => requireOpen(state),
    () => requireQuorum(state, false),
  );
}

/** After approval, a rule set may allow agenda changes only through an adopted vote. */
function directChangeAllowed(state: SessionState): Decision | undefined {
  if (!state.agendaApproved || !state.rules.agendaChangesNeedVote) return undefined;
  return refuse("vote_required", "the approved agenda changes only by a vote of the council");
}

/**
 * No direct agenda change during a vote: the vote may be about the agenda, and its effect was
 * checked (and an added item's id chosen) against the agenda as it stood when the vote opened.
 */
function noVoteOpen(state: SessionState): Decision | undefined {
  if (!state.currentVoteId) return undefined;
  return refuse("vote_open", "the agenda does not change while a vote is open");
}

export function approveAgenda(state: SessionState, ctx: CommandContext): Decision {
  const failure = chairBusiness(state, ctx);
  if (failure) return failure;
  if (state.agendaApproved)
    return refuse("agenda_already_approved", "the agenda is approved already");
  if (state.rules.agendaChangesNeedVote) {
    return refuse("vote_required", "the council approves the agenda by a vote: open one for it");
  }
  const voting = noVoteOpen(state);
  if (voting) return voting;
  return accept({ type: "agenda_approved", payload: { itemIds: activeItemIds(state) } });
}

export function addItem(state: SessionState, cmd: Cmd<"add_item">, ctx: CommandContext): Decision {
  const failure = chairBusiness(state, ctx) ?? directChangeAllowed(state) ?? noVoteOpen(state);
  if (failure) return failure;
  if (!cmd.item.title.trim()) return refuse("invalid_command", "an agenda item needs a title");

  return accept({ type: "item_added", payload: newItem(state, cmd.item, cmd.position) });
}

/** The id and position of an item added during the session. */
export function newItem(
  state: SessionState,
  draft: Omit<ItemDraft, "id">,
  position?: number,
): { item: ItemDraft; position: number } {
  const id = `added-${state.addedItems + 1}`;
  const at = Math.max(0, Math.min(position ?? state.agenda.length, state.agenda.length));
  return { item: { ...draft, id }, position: at };
}

export function withdrawItem(
  state: SessionState,
  cmd: Cmd<"withdraw_item">,
  ctx: CommandContext,
): Decision {
  const failure = chairBusiness(state, ctx) ?? directChangeAllowed(state) ?? noVoteOpen(state);
  if (failure) return failure;
  const problem = withdrawable(state, cmd.itemId);
  if (problem) return problem;

  return accept({ type: "item_withdrawn", payload: { itemId: cmd.itemId, reason: cmd.reason } });
}

/** Why an item cannot be withdrawn, if it cannot. */
export function withdrawable(state: SessionState, itemId: string): Decision | undefined {
  const item = findItem(state, itemId);
  if (!item || item.status === "withdrawn") return refuse("item_not_found", `no item ${itemId}`);
  if (item.status === "current")
    return refuse("item_in_progress", "end the item before withdrawing it");
  if (item.status === "done") return refuse("item_already_done", "the item was dealt with already");
  return undefined;
}

export function reorderAgenda(
  state: SessionState,
  cmd: Cmd<"reorder_agenda">,
  ctx: CommandContext,
): Decision {
  const failure = chairBusiness(state, ctx) ?? directChangeAllowed(state) ?? noVoteOpen(state);
  if (failure) return failure;
  const problem = reorderProblem(state, cmd.itemIds);
  if (problem) return problem;

  return accept({ type: "agenda_reordered", payload: { itemIds: cmd.itemIds } });
}

/** A new order must name every item of the agenda exactly once. */
export function reorderProblem(
  state: SessionState,
  itemIds: readonly string[],
): Decision | undefined {
  const known = new Set(state.agenda.map((i) => i.id));
  const given = new Set(itemIds);
  const same = given.size === itemIds.length && given.size === known.size;
  if (same && itemIds.every((id) => known.has(id))) return undefined;
  return refuse("reorder_mismatch", "the new order must list every agenda item exactly once");
}

export function startItem(
  state: SessionState,
  cmd: Cmd<"start_item">,
  ctx: CommandContext,
): Decision {
  const failure = chairBusiness(state, ctx);
  if (failure) return failure;
  const item = findItem(state, cmd.itemId);
  if (!item || item.status === "withdrawn")
    return refuse("item_not_found", `no item ${cmd.itemId}`);
  if (item.status === "done") return refuse("item_already_done", "the item was dealt with already");
  if (state.currentItemId) return refuse("item_in_progress", "end the current item first");

  return accept({ type: "item_started", payload: { itemId: item.id } });
}

export function endItem(state: SessionState, cmd: Cmd<"end_item">, ctx: CommandContext): Decision {
  const failure = firstFailure(
    () => requireChair(state, ctx),
    () => requireOpen(state),
  );
  if (failure) return failure;
  if (state.currentItemId !== cmd.itemId)
    return refuse("item_not_current", "that item is not under discussion");
  if (state.currentVoteId) return refuse("vote_open", "close the open vote first");

  return accept(...closingEvents(state));
}

export function findItem(state: SessionState, itemId: string): AgendaItem | undefined {
  return state.agenda.find((i) => i.id === itemId);
}

export function activeItemIds(state: SessionState): string[] {
  return state.agenda.filter((i) => i.status !== "withdrawn").map((i) => i.id);
}
