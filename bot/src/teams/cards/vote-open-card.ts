import type { Lang, SessionState, Vote } from "@council/core";
import { tallyVote } from "@council/core";
import type { AdaptiveCard, CardElement } from "./adaptive-card";
import { adaptiveCard, facts, heading, subtle, text } from "./adaptive-card";
import { cardText } from "./card-text";
import { itemLabel, sessionLine, sessionTime } from "./session-view";

/**
 * The card of an open vote with its live tally: yes, no, abstain, present members who have not
 * voted yet, and the yes votes needed. The bot posts it when the vote opens and replaces it in
 * place as ballots arrive; counts come from the state, so a later card never shows fewer votes.
 */
export function voteOpenCard(state: SessionState, vote: Vote, lang: Lang = "cs"): AdaptiveCard {
  const t = cardText(lang);
  const tally = tallyVote(state, vote.id);
  const headline = t.vote(vote.number);
  const counts: [string, string][] = [
    [t.choice.yes, String(tally?.yes ?? 0)],
    [t.choice.no, String(tally?.no ?? 0)],
    [t.choice.abstain, String(tally?.abstain ?? 0)],
    [t.notYetVoted, String(tally?.notYetVoted ?? 0)],
  ];

  const body: CardElement[] = [
    sessionLine(state),
    heading(headline),
    text(t.votingInProgress, { color: "accent", weight: "bolder", spacing: "none" }),
    subtle(itemLabel(state, vote.itemId, lang)),
  ];
  if (vote.purpose.kind === "test") body.push(text(t.testVote, { color: "warning" }));
  body.push(text(vote.motion));
  body.push(
    facts([
      ...counts,
      [t.needed, t.neededValue(tally?.needed ?? null)],
      [t.started, sessionTime(state, vote.openedAt, lang)],
    ]),
  );
  const summary = counts.map(([label, count]) => `${label} ${count}`).join(", ");
  return adaptiveCard(lang, `${headline}: ${summary}`, body);
}
