import type { SessionState } from "@council/core";
import type { MinutesContext } from "./minutes-context";
import type { AgendaChange, AgendaEntry, MinutesAgenda } from "./minutes-model";
import type { AgendaChangeFact, SessionWalk } from "./session-walk";

/** The agenda as approved, and every change to it with the vote that made it. */
export function buildAgenda(
  state: SessionState,
  walk: SessionWalk,
  ctx: MinutesContext,
): MinutesAgenda {
  const changes = walk.agendaChanges.map((fact) => agendaChange(state, fact, ctx));
  const approval = walk.approval;
  if (!approval) return { approved: [], approvalText: ctx.words.agendaNotApproved, changes };

  const approvedAt = ctx.at(approval.at);
  const approvalVoteNumber = voteNumber(state, approval.voteId);
  return {
    approved: approval.itemIds.map((id, i) => agendaEntry(state, walk, id, i + 1)),
    approvedAt,
    approvalVoteNumber,
    approvalText: ctx.words.agendaApproved(approvedAt.time, approvalVoteNumber),
    changes,
  };
}

function agendaEntry(
  state: SessionState,
  walk: SessionWalk,
  id: string,
  number: number,
): AgendaEntry {
  const item = state.agenda.find((i) => i.id === id);
  const title = item?.title ?? walk.titles.get(id) ?? id;
  return { number, id, title, reporter: item?.reporter, added: item?.added ?? false };
}

function agendaChange(
  state: SessionState,
  fact: AgendaChangeFact,
  ctx: MinutesContext,
): AgendaChange {
  const w = ctx.words;
  const number = voteNumber(state, fact.voteId);
  const title = fact.title ?? fact.itemId ?? "";
  const what = {
    added: () => w.itemAdded(title),
    withdrawn: () => w.itemWithdrawn(title),
    reordered: () => w.agendaReordered,
  }[fact.kind]();
  const how = number === undefined ? "" : ` ${w.byVote(number)}`;
  const why = fact.reason ? ` (${w.reason}: ${fact.reason})` : "";
  return {
    kind: fact.kind,
    title: fact.title,
    at: ctx.at(fact.at),
    voteNumber: number,
    reason: fact.reason,
    text: `${what}${how}${why}.`,
  };
}

function voteNumber(state: SessionState, voteId: string | undefined): number | undefined {
  return voteId === undefined ? undefined : state.votes.find((v) => v.id === voteId)?.number;
}
