import type { Lang, SessionEvent, SessionState } from "@council/core";
import type { AdaptiveCard, CardElement } from "./adaptive-card";
import { adaptiveCard, facts, heading, section, text } from "./adaptive-card";
import type { CardText } from "./card-text";
import { cardText } from "./card-text";
import { agendaLines, findItem, sessionLine } from "./session-view";

/** The events that change the agenda, each of which gets an agenda card. */
export type AgendaChange = Extract<
  SessionEvent,
  { type: "agenda_approved" | "item_added" | "item_withdrawn" | "agenda_reordered" }
>;

/**
 * The card posted when the agenda is approved or changed: what changed (and by which vote),
 * then the whole agenda as it now stands, numbered.
 */
export function agendaChangedCard(
  state: SessionState,
  change: AgendaChange,
  lang: Lang = "cs",
): AdaptiveCard {
  const t = cardText(lang);
  const headline = changeHeadline(state, change, t);

  const body: CardElement[] = [
    sessionLine(state),
    heading(headline),
    ...changeDetails(state, change, t),
  ];
  body.push(section([text(t.agenda, { weight: "bolder" }), text(agendaLines(state))]));
  return adaptiveCard(lang, headline, body);
}

function changeHeadline(state: SessionState, change: AgendaChange, t: CardText): string {
  switch (change.type) {
    case "agenda_approved":
      return t.agendaApproved;
    case "item_added":
      return t.itemAdded(change.payload.item.title);
    case "item_withdrawn":
      return t.itemWithdrawn(
        findItem(state, change.payload.itemId)?.title ?? change.payload.itemId,
      );
    case "agenda_reordered":
      return t.agendaReordered;
  }
}

function changeDetails(state: SessionState, change: AgendaChange, t: CardText): CardElement[] {
  const voteId = "voteId" in change.payload ? change.payload.voteId : undefined;
  const vote = voteId ? state.votes.find((v) => v.id === voteId) : undefined;
  const details: CardElement[] = [];
  if (vote) details.push(text(t.byVote(vote.number)));
  if (change.type === "item_withdrawn" && change.payload.reason) {
    details.push(facts([[t.reason, change.payload.reason]]));
  }
  return details;
}
