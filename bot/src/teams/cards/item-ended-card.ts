import type { Lang, SessionState } from "@council/core";
import type { AdaptiveCard, CardElement } from "./adaptive-card";
import { adaptiveCard, facts, heading, text } from "./adaptive-card";
import { cardText } from "./card-text";
import { findItem, itemNumber, sessionLine, sessionTime } from "./session-view";

/**
 * The card posted when an agenda item ends: start and end times and the outcome of every vote
 * held on it, so the chat reads as a short record of the item.
 */
export function itemEndedCard(
  state: SessionState,
  itemId: string,
  lang: Lang = "cs",
): AdaptiveCard {
  const t = cardText(lang);
  const item = findItem(state, itemId);
  const title = item?.title ?? itemId;
  const headline = t.itemEnded(itemNumber(state, itemId));
  const votes = state.votes.filter((vote) => vote.itemId === itemId && vote.result);

  const body: CardElement[] = [
    sessionLine(state),
    heading(headline),
    text(title, { weight: "bolder" }),
    facts([
      [t.started, sessionTime(state, item?.startedAt, lang)],
      [t.ended, sessionTime(state, item?.endedAt, lang)],
      ...votes.map((vote): [string, string] => [
        t.vote(vote.number),
        vote.result ? t.outcome[vote.result.outcome] : "",
      ]),
    ]),
  ];
  return adaptiveCard(lang, `${headline}: ${title}`, body);
}
