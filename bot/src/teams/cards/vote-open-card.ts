import type { Lang, SessionState, Vote } from "@council/core";
import { tallyVote } from "@council/core";
import type { AdaptiveCard, CardElement } from "./adaptive-card";
import { adaptiveCard, facts, heading, subtle, text } from "./adaptive-card";
import { cardText } from "./card-text";
import { itemLabel, sessionLine, sessionTime } from "./session-view";
import type { CardNotice } from "./card-notice";
import { noticeBlock } from "./card-notice";
import { ballotButtons, voteRefresh } from "./vote-buttons";

/** How one viewer sees the vote card: a line about their own ballot, and whether to vote here. */
export interface VoteCardView {
  notice?: CardNotice;
  /** False once this viewer has voted under rules that do not let a ballot change. */
  buttons: boolean;
}

/** The card as the whole chat sees it: ballot buttons, no personal line. */
const sharedView: VoteCardView = { buttons: true };

/**
 * The card of an open vote with its live tally: yes, no, abstain, present members who have not
 * voted yet, and the yes votes needed, with yes / no / abstain buttons (Universal Actions). The
 * bot posts it when the vote opens and replaces it in place as ballots arrive; counts come from
 * the state, so a later card never shows fewer votes. Its refresh section makes Teams ask the
 * bot for each viewer's own version, which adds their ballot (`view`).
 */
export function voteOpenCard(
  state: SessionState,
  vote: Vote,
  lang: Lang = "cs",
  view: VoteCardView = sharedView,
): AdaptiveCard {
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
  if (view.notice) body.push(noticeBlock(view.notice));

  const summary = counts.map(([label, count]) => `${label} ${count}`).join(", ");
  const card = adaptiveCard(lang, `${headline}: ${summary}`, body);
  if (view.buttons) card.actions = ballotButtons(state, vote, t, lang);
  card.refresh = voteRefresh(state, vote, t, lang);
  return card;
}
