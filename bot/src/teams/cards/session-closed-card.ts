import type { Lang, SessionState, Vote } from "@council/core";
import { formatDateTime } from "@council/core";
import type { AdaptiveCard, CardElement } from "./adaptive-card";
import { adaptiveCard, facts, heading, section, text } from "./adaptive-card";
import type { CardText } from "./card-text";
import { cardText } from "./card-text";
import { activeAgenda } from "./session-view";

/**
 * The summary card posted when the session closes: when and why it closed, how many agenda
 * items were dealt with, and the outcome and counts of every vote in order.
 */
export function sessionClosedCard(state: SessionState, lang: Lang = "cs"): AdaptiveCard {
  const t = cardText(lang);
  const agenda = activeAgenda(state);
  const done = agenda.filter((item) => item.status === "done").length;
  const closedAt = state.closedAt ? formatDateTime(state.closedAt, state.timeZone, lang) : "";

  const body: CardElement[] = [
    heading(t.sessionClosed),
    text(`${state.council} · ${state.title}`, { weight: "bolder" }),
    facts([[t.time, closedAt]]),
  ];
  if (state.closeReason) body.push(text(t.closeReason[state.closeReason]));
  body.push(text(t.itemsDone(done, agenda.length)), votesSection(state.votes, t));
  return adaptiveCard(lang, `${t.sessionClosed}: ${state.title}`, body);
}

function votesSection(votes: Vote[], t: CardText): CardElement {
  const lines = votes.filter((vote) => vote.result).map((vote) => voteLine(vote, t));
  const summary = lines.length > 0 ? lines.join("\n\n") : t.noVotes;
  return section([text(t.votes, { weight: "bolder" }), text(summary)]);
}

function voteLine(vote: Vote, t: CardText): string {
  const result = vote.result;
  const outcome = result ? t.outcome[result.outcome] : "";
  const counts = result ? t.countsLine(result.counts) : "";
  return `${t.vote(vote.number)}: ${vote.motion} · ${outcome}. ${counts}`;
}
