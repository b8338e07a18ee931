import type { SessionState } from "@council/core";
import { explainResult } from "@council/core";
import type { Messages } from "../messages/messages";
import { voteMotion } from "./vote-motion";

function memberName(state: SessionState, memberId: string): string {
  return state.members.find((m) => m.id === memberId)?.name ?? memberId;
}

function voteLines(prev: SessionState, next: SessionState, t: Messages): string[] {
  const lines: string[] = [];
  for (const vote of next.votes) {
    const before = prev.votes.find((v) => v.id === vote.id);
    if (!before) lines.push(t.announce.voteOpened(vote.number, voteMotion(vote, t)));
    if (before?.status === "open" && vote.status === "closed" && vote.result) {
      lines.push(t.announce.voteClosed(vote.number, explainResult(vote.result, t.lang)));
    }
  }
  return lines;
}

function floorLines(prev: SessionState, next: SessionState, t: Messages): string[] {
  const before = prev.floor;
  const now = next.floor;
  if (now && (now.memberId !== before?.memberId || now.startedAt !== before?.startedAt)) {
    return [t.announce.floorGranted(memberName(next, now.memberId))];
  }
  return before && !now ? [t.announce.floorEnded] : [];
}

function itemLines(prev: SessionState, next: SessionState, t: Messages): string[] {
  if (!next.currentItemId || next.currentItemId === prev.currentItemId) return [];
  const item = next.agenda.find((i) => i.id === next.currentItemId);
  return item ? [t.announce.itemStarted(item.title)] : [];
}

/**
 * What a screen reader should hear about a change of the session: items started, votes opened
 * and closed with their result, the floor given and ended. Nothing for the first state, which
 * the page itself presents.
 */
export function announcement(
  prev: SessionState | undefined,
  next: SessionState | undefined,
  t: Messages,
): string | undefined {
  if (!prev || !next || prev === next) return undefined;
  const lines = [
    ...itemLines(prev, next, t),
    ...voteLines(prev, next, t),
    ...floorLines(prev, next, t),
  ];
  return lines.length > 0 ? lines.join(" ") : undefined;
}
