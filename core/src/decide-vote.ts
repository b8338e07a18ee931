import type { Command, CommandContext, PurposeRequest } from "./commands";
import type { Decision } from "./decision";
import { accept, refuse } from "./decision";
import type { SessionEvent, VotePurpose } from "./events";
import { requireChair, requireOpen, requireQuorum, requireSeatHolder } from "./guards";
import { isPresent } from "./quorum";
import type { SessionState, Vote } from "./state";
import { countBallots, decideResult } from "./tally";
import { activeItemIds, findItem, newItem, reorderProblem, withdrawable } from "./decide-agenda";

type Cmd<T extends Command["type"]> = Extract<Command, { type: T }>;

export function openVote(
  state: SessionState,
  cmd: Cmd<"open_vote">,
  ctx: CommandContext,
): Decision {
  const failure = requireChair(state, ctx) ?? requireOpen(state) ?? requireQuorum(state, true);
  if (failure) return failure;
  const item = state.currentItemId ? findItem(state, state.currentItemId) : undefined;
  if (!item) return refuse("item_not_current", "a vote needs an item under discussion");
  if (state.currentVoteId) return refuse("vote_open", "another vote is open");
  const purpose = resolvePurpose(state, cmd.purpose ?? { kind: "resolution" });
  if ("ok" in purpose) return purpose;
  const motion = (
    cmd.motion ??
    defaultMotion(state, purpose) ??
    item.draftResolution ??
    item.title
  ).trim();
  if (!motion) return refuse("invalid_command", "a vote needs a motion");

  const number = state.votes.length + 1;
  const payload = { voteId: `vote-${number}`, number, itemId: item.id, motion, purpose };
  return accept({ type: "vote_opened", payload });
}

/** Checks a procedural purpose now, so a vote is never held on a change that cannot be made. */
function resolvePurpose(state: SessionState, asked: PurposeRequest): VotePurpose | Decision {
  switch (asked.kind) {
    case "resolution":
    case "test":
      return asked;
    case "approve_agenda":
      if (state.agendaApproved)
        return refuse("agenda_already_approved", "the agenda is approved already");
      return asked;
    case "add_item":
      if (!asked.item.title.trim())
        return refuse("invalid_command", "an agenda item needs a title");
      return { kind: "add_item", ...newItem(state, asked.item, asked.position) };
    case "withdraw_item":
      return withdrawable(state, asked.itemId) ?? asked;
    case "reorder_agenda":
      return reorderProblem(state, asked.itemIds) ?? asked;
  }
}

/**
 * The motion of a procedural vote when the chair gives none: what the council decides on, in the
 * words Czech minutes use, not the draft resolution of the item it happens under.
 */
function defaultMotion(state: SessionState, purpose: VotePurpose): string | undefined {
  const title = (itemId: string) => findItem(state, itemId)?.title ?? itemId;
  switch (purpose.kind) {
    case "resolution":
      return undefined;
    case "test":
      return "Zkušební hlasování";
    case "approve_agenda":
      return "Zastupitelstvo schvaluje program zasedání.";
    case "add_item":
      return `Zastupitelstvo schvaluje zařazení bodu „${purpose.item.title}“ do programu.`;
    case "withdraw_item":
      return `Zastupitelstvo schvaluje vyřazení bodu „${title(purpose.itemId)}“ z programu.`;
    case "reorder_agenda":
      return "Zastupitelstvo schvaluje změnu pořadí bodů programu.";
  }
}

export function castBallot(
  state: SessionState,
  cmd: Cmd<"cast_ballot">,
  ctx: CommandContext,
): Decision {
  const vote = state.votes.find((v) => v.id === cmd.voteId);
  if (!vote) return refuse("vote_not_found", `no vote ${cmd.voteId}`);
  if (vote.status === "closed") return refuse("vote_closed", "the vote is closed");
  const member = requireSeatHolder(state, ctx);
  if ("ok" in member) return member;
  if (!isPresent(state, member.id))
    return refuse("not_present", "record your attendance before voting");
  const conflicted = state.conflicts.some(
    (c) => c.memberId === member.id && c.itemId === vote.itemId,
  );
  if (conflicted && state.rules.conflictBarsVote) {
    return refuse("conflict_bars_vote", "a declared conflict of interest bars you from this vote");
  }
  if (vote.ballots[member.id] && !state.rules.ballotChange) {
    return refuse("already_voted", "you have voted already");
  }

  return accept({
    type: "ballot_cast",
    payload: { voteId: vote.id, memberId: member.id, choice: cmd.choice },
  });
}

export function closeVote(
  state: SessionState,
  cmd: Cmd<"close_vote">,
  ctx: CommandContext,
): Decision {
  const failure = requireChair(state, ctx);
  if (failure) return failure;
  const vote = state.votes.find((v) => v.id === cmd.voteId);
  if (!vote) return refuse("vote_not_found", `no vote ${cmd.voteId}`);
  if (vote.status === "closed") return refuse("vote_closed", "the vote is closed already");

  const result = resultOf(state, vote);
  const closed: SessionEvent = { type: "vote_closed", payload: { voteId: vote.id, result } };
  const effects = result.outcome === "adopted" ? purposeEffects(state, vote) : [];
  return accept(closed, ...effects);
}

/** The result of a vote as it stands: counts from the ballots and attendance, then the rules. */
export function resultOf(state: SessionState, vote: Vote) {
  const chair = state.members.find((m) => m.role === "chair" && vote.ballots[m.id]);
  const chairBallot = chair ? { id: chair.id, choice: vote.ballots[chair.id] } : undefined;
  return decideResult(countBallots(state, vote), state.rules, chairBallot);
}

function purposeEffects(state: SessionState, vote: Vote): SessionEvent[] {
  const p = vote.purpose;
  const voteId = vote.id;
  switch (p.kind) {
    case "resolution":
    case "test":
      return [];
    case "approve_agenda":
      return [{ type: "agenda_approved", payload: { itemIds: activeItemIds(state), voteId } }];
    case "add_item":
      return [{ type: "item_added", payload: { item: p.item, position: p.position, voteId } }];
    case "withdraw_item":
      return [
        { type: "item_withdrawn", payload: { itemId: p.itemId, reason: `vote ${vote.number}` } },
      ];
    case "reorder_agenda":
      return [{ type: "agenda_reordered", payload: { itemIds: p.itemIds } }];
  }
}
