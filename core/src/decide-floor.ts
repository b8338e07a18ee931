import type { Command, CommandContext } from "./commands";
import type { Decision } from "./decision";
import { accept, refuse } from "./decision";
import type { FloorKind } from "./events";
import { actorMember, requireChair, requireOpen, requireQuorum, requireSeatHolder } from "./guards";
import { isPresent } from "./quorum";
import { holdsSeat } from "./roster";
import type { FloorRequest, SessionState } from "./state";
import { findItem } from "./decide-agenda";

type Cmd<T extends Command["type"]> = Extract<Command, { type: T }>;

/** Remarks out of turn go first: technical, then factual, then speeches in order of request. */
const priority: Record<FloorKind, number> = { technical: 0, factual: 1, speech: 2 };

/** Who gets the floor next: the queue ordered by kind, then by time of request. */
export function nextInQueue(queue: readonly FloorRequest[]): FloorRequest | undefined {
  return [...queue].sort((a, b) => priority[a.kind] - priority[b.kind])[0];
}

export function requestFloor(
  state: SessionState,
  cmd: Cmd<"request_floor">,
  ctx: CommandContext,
): Decision {
  const member = requireSeatHolder(state, ctx);
  if ("ok" in member) return member;
  const failure = requireOpen(state);
  if (failure) return failure;
  const itemId = state.currentItemId;
  if (!itemId) return refuse("item_not_current", "no item is under discussion");
  if (!isPresent(state, member.id))
    return refuse("not_present", "record your attendance before asking to speak");
  if (state.queue.some((r) => r.memberId === member.id)) {
    return refuse("already_requested", "you are in the queue already");
  }
  if (state.floor?.memberId === member.id) return refuse("already_requested", "you have the floor");
  const kind = cmd.kind ?? "speech";
  if (
    kind === "speech" &&
    contributions(state, member.id, itemId) >= state.rules.speaking.maxContributionsPerItem
  ) {
    return refuse("contribution_limit", "you have used your contributions to this item");
  }

  return accept({ type: "floor_requested", payload: { memberId: member.id, itemId, kind } });
}

function contributions(state: SessionState, memberId: string, itemId: string): number {
  const done = state.speeches.filter((s) => s.memberId === memberId && s.itemId === itemId);
  return done.filter((s) => s.kind === "speech").length;
}

export function withdrawFloorRequest(
  state: SessionState,
  cmd: Cmd<"withdraw_floor_request">,
  ctx: CommandContext,
): Decision {
  const actor = actorMember(state, ctx);
  const memberId = cmd.memberId ?? actor?.id;
  const other = memberId !== actor?.id;
  const failure = (other || !actor ? requireChair(state, ctx) : undefined) ?? requireOpen(state);
  if (failure) return failure;
  const request = state.queue.find((r) => r.memberId === memberId);
  if (!request) return refuse("no_request", "there is no such request to speak");

  return accept({
    type: "floor_request_withdrawn",
    payload: { memberId: request.memberId, itemId: request.itemId },
  });
}

export function grantFloor(
  state: SessionState,
  cmd: Cmd<"grant_floor">,
  ctx: CommandContext,
): Decision {
  const failure = requireChair(state, ctx) ?? requireOpen(state) ?? requireQuorum(state, false);
  if (failure) return failure;
  const itemId = state.currentItemId;
  if (!itemId || !findItem(state, itemId))
    return refuse("item_not_current", "no item is under discussion");
  if (state.floor) return refuse("floor_taken", "someone has the floor: end that speech first");
  const chosen = pickSpeaker(state, cmd.memberId);
  if ("ok" in chosen) return chosen;

  return accept({ type: "floor_granted", payload: { ...chosen, itemId } });
}

function pickSpeaker(
  state: SessionState,
  memberId: string | undefined,
): { memberId: string; kind: FloorKind } | Decision {
  if (!memberId) {
    const next = nextInQueue(state.queue);
    if (!next) return refuse("queue_empty", "nobody has asked to speak");
    return { memberId: next.memberId, kind: next.kind };
  }
  const member = state.members.find((m) => m.id === memberId);
  if (!member) return refuse("not_on_roster", `${memberId} is not on the roster`);
  if (!holdsSeat(member) && member.role !== "clerk") return refuse("not_a_member", "not a member");
  if (holdsSeat(member) && !isPresent(state, memberId)) {
    return refuse("not_present", `${member.name} is not present`);
  }
  const request = state.queue.find((r) => r.memberId === memberId);
  return { memberId, kind: request?.kind ?? "speech" };
}

export function endFloor(state: SessionState, ctx: CommandContext): Decision {
  const floor = state.floor;
  if (!floor) return refuse("floor_free", "nobody has the floor");
  const own = actorMember(state, ctx)?.id === floor.memberId;
  const failure = (own ? undefined : requireChair(state, ctx)) ?? requireOpen(state);
  if (failure) return failure;

  return accept({
    type: "floor_ended",
    payload: { memberId: floor.memberId, itemId: floor.itemId },
  });
}

export function declareConflict(
  state: SessionState,
  cmd: Cmd<"declare_conflict">,
  ctx: CommandContext,
): Decision {
  const member = requireSeatHolder(state, ctx);
  if ("ok" in member) return member;
  if (state.status === "closed") return refuse("session_closed", "the session is closed");
  const item = findItem(state, cmd.itemId);
  if (!item || item.status === "withdrawn")
    return refuse("item_not_found", `no item ${cmd.itemId}`);
  if (item.status === "done") return refuse("item_already_done", "the item was dealt with already");
  if (state.conflicts.some((c) => c.memberId === member.id && c.itemId === item.id)) {
    return refuse(
      "conflict_already_declared",
      "you declared a conflict of interest for this item already",
    );
  }

  const payload = { memberId: member.id, itemId: item.id, note: cmd.note };
  return accept({ type: "conflict_declared", payload });
}
