import type { Lang, LoggedEvent, SessionState, Vote } from "@council/core";
import type { AdaptiveCard } from "./cards/adaptive-card";
import { agendaChangedCard } from "./cards/agenda-changed-card";
import { itemEndedCard } from "./cards/item-ended-card";
import { itemStartedCard } from "./cards/item-started-card";
import { sessionClosedCard } from "./cards/session-closed-card";
import { sessionOpenedCard } from "./cards/session-opened-card";
import { voteOpenCard } from "./cards/vote-open-card";
import { voteResultCard } from "./cards/vote-result-card";

/** The suffix of the one card each vote gets; tally and result updates replace it in place. */
export const VOTE_CARD_SUFFIX = "vote";

/** A chat post an event causes, before it is addressed to a conversation. */
export interface PlannedPost {
  /** With the event's session and seq, this makes the outbox id. */
  idSuffix: string;
  kind: "post" | "update";
  /** For an update: the event seq and suffix of the post whose message it replaces. */
  target?: { seq: number; suffix: string };
  card: AdaptiveCard;
}

/** What the planner needs besides the event and the state. */
export interface PlanContext {
  lang: Lang;
  /** The seq of the vote_opened event of a vote, whose card later updates replace. */
  voteOpenedSeq(voteId: string): number | undefined;
}

/**
 * The chat posts one committed event causes, given the session state right after it. Pure: the
 * same event and state always plan the same posts with the same ids, which is what makes the
 * outbox projection safe to re-run.
 *
 * A vote gets one card: posted when it opens, updated in place on every ballot (and on every
 * attendance change while it is open, since "not yet voted" moves), and replaced by the result
 * when it closes. The planner emits every update; the worker sends only the newest.
 */
export function planPosts(
  event: LoggedEvent,
  state: SessionState,
  context: PlanContext,
): PlannedPost[] {
  const { lang } = context;
  switch (event.type) {
    case "session_opened":
      return [post("session-opened", sessionOpenedCard(state, lang))];
    case "session_closed":
      return [post("session-closed", sessionClosedCard(state, lang))];
    case "agenda_approved":
    case "item_added":
    case "item_withdrawn":
    case "agenda_reordered":
      return [post("agenda", agendaChangedCard(state, event, lang))];
    case "item_started":
      return [post("item-started", itemStartedCard(state, event.payload.itemId, lang))];
    case "item_ended":
      return [post("item-ended", itemEndedCard(state, event.payload.itemId, lang))];
    case "vote_opened":
      return planVoteCard(state, event.payload.voteId, lang);
    case "ballot_cast":
      return planVoteUpdate(state, event.payload.voteId, "tally", context);
    case "attendance_recorded":
      return state.currentVoteId
        ? planVoteUpdate(state, state.currentVoteId, "tally", context)
        : [];
    case "vote_closed":
      return planVoteUpdate(state, event.payload.voteId, "result", context);
    default:
      return [];
  }
}

function post(idSuffix: string, card: AdaptiveCard): PlannedPost {
  return { idSuffix, kind: "post", card };
}

function planVoteCard(state: SessionState, voteId: string, lang: Lang): PlannedPost[] {
  const vote = findVote(state, voteId);
  return vote ? [post(VOTE_CARD_SUFFIX, voteOpenCard(state, vote, lang))] : [];
}

function planVoteUpdate(
  state: SessionState,
  voteId: string,
  idSuffix: string,
  context: PlanContext,
): PlannedPost[] {
  const vote = findVote(state, voteId);
  const openedSeq = context.voteOpenedSeq(voteId);
  if (!vote || openedSeq === undefined) return [];

  const card =
    vote.status === "closed"
      ? voteResultCard(state, vote, context.lang)
      : voteOpenCard(state, vote, context.lang);
  return [{ idSuffix, kind: "update", target: { seq: openedSeq, suffix: VOTE_CARD_SUFFIX }, card }];
}

function findVote(state: SessionState, voteId: string): Vote | undefined {
  return state.votes.find((vote) => vote.id === voteId);
}
