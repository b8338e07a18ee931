import type { AgendaItem, SessionState, Vote, VotePurpose } from "@council/core";
import { explainResult } from "@council/core";
import type { MinutesContext } from "./minutes-context";
import { byName } from "./minutes-context";
import type { MinutesItem, MinutesVote, NamedVoteGroup } from "./minutes-model";
import type { ChoiceGroups, SessionWalk } from "./session-walk";

const choiceOrder = ["yes", "no", "abstain", "notVoting", "absent"] as const;

/**
 * The course of the session item by item, numbered as the agenda stood at the end. Withdrawn
 * items are left out here: the agenda section records their withdrawal.
 */
export function buildItems(
  state: SessionState,
  walk: SessionWalk,
  ctx: MinutesContext,
): MinutesItem[] {
  const items = state.agenda.filter((item) => item.status !== "withdrawn");
  return items.map((item, index) => buildItem(state, walk, ctx, item, index + 1));
}

function buildItem(
  state: SessionState,
  walk: SessionWalk,
  ctx: MinutesContext,
  item: AgendaItem,
  number: number,
): MinutesItem {
  const w = ctx.words;
  const person = (id: string) => ({ id, name: ctx.nameOf(id) });
  const speeches = state.speeches.filter((s) => s.itemId === item.id);
  const speaking = state.floor?.itemId === item.id ? [state.floor] : [];
  return {
    number,
    id: item.id,
    title: item.title,
    reporter: item.reporter,
    draftResolution: item.draftResolution,
    added: item.added,
    status: item.status,
    statusText: w.itemStatus[item.status],
    startedAt: item.startedAt ? ctx.at(item.startedAt) : undefined,
    endedAt: item.endedAt ? ctx.at(item.endedAt) : undefined,
    speakers: [...speeches, ...speaking].map((s) => ({
      member: person(s.memberId),
      kind: s.kind,
      kindText: w.floorKind[s.kind],
      startedAt: ctx.at(s.startedAt),
      endedAt: s.endedAt ? ctx.at(s.endedAt) : undefined,
    })),
    conflicts: state.conflicts
      .filter((c) => c.itemId === item.id)
      .map((c) => ({ member: person(c.memberId), note: c.note, declaredAt: ctx.at(c.declaredAt) })),
    votes: state.votes.filter((v) => v.itemId === item.id).map((v) => buildVote(v, walk, ctx)),
  };
}

function buildVote(vote: Vote, walk: SessionWalk, ctx: MinutesContext): MinutesVote {
  const w = ctx.words;
  const common = {
    id: vote.id,
    number: vote.number,
    motion: vote.motion,
    purpose: vote.purpose.kind,
    purposeText: purposeText(vote.purpose, walk, ctx),
    openedAt: ctx.at(vote.openedAt),
    status: vote.status,
  };
  const result = vote.result;
  const groups = walk.choicesAtClose.get(vote.id);
  if (!result || !vote.closedAt || !groups) {
    return { ...common, outcomeText: w.voteNotClosed, named: [] };
  }

  return {
    ...common,
    closedAt: ctx.at(vote.closedAt),
    counts: result.counts,
    countsLine: w.countsLine(result.counts),
    outcome: result.outcome,
    outcomeText: w.outcome[result.outcome],
    explanation: explainResult(result, ctx.lang),
    named: namedGroups(groups, ctx),
  };
}

function namedGroups(groups: ChoiceGroups, ctx: MinutesContext): NamedVoteGroup[] {
  return choiceOrder.map((choice) => ({
    choice,
    label: ctx.words.choice[choice],
    names: groups[choice]
      .map((id) => ({ name: ctx.nameOf(id) }))
      .sort(byName)
      .map((p) => p.name),
  }));
}

function purposeText(purpose: VotePurpose, walk: SessionWalk, ctx: MinutesContext): string {
  const p = ctx.words.purpose;
  switch (purpose.kind) {
    case "resolution":
    case "test":
    case "approve_agenda":
    case "reorder_agenda":
      return p[purpose.kind];
    case "add_item":
      return p.add_item(purpose.item.title);
    case "withdraw_item":
      return p.withdraw_item(walk.titles.get(purpose.itemId) ?? purpose.itemId);
  }
}
