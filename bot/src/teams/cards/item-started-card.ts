import type { Lang, SessionState } from "@council/core";
import type { AdaptiveCard, CardElement } from "./adaptive-card";
import { adaptiveCard, facts, heading, text } from "./adaptive-card";
import { cardText } from "./card-text";
import { findItem, itemNumber, sessionLine, sessionTime } from "./session-view";

/**
 * The card posted when the chair starts an agenda item: its number, title, reporter, start time
 * in the session's time zone and the draft resolution, if any.
 *
 * @example
 * itemStartedCard(state, "item-3", "cs").body[1] // { text: "Projednává se bod 3", ... }
 */
export function itemStartedCard(
  state: SessionState,
  itemId: string,
  lang: Lang = "cs",
): AdaptiveCard {
  const t = cardText(lang);
  const item = findItem(state, itemId);
  const title = item?.title ?? itemId;
  const headline = t.itemStarted(itemNumber(state, itemId));

  const body: CardElement[] = [
    sessionLine(state),
    heading(headline),
    text(title, { weight: "bolder" }),
    facts([
      [t.reporter, item?.reporter],
      [t.started, sessionTime(state, item?.startedAt, lang)],
    ]),
  ];
  if (item?.draftResolution) {
    body.push(text(t.draftResolution, { weight: "bolder", spacing: "medium" }));
    body.push(text(item.draftResolution));
  }
  return adaptiveCard(lang, `${headline}: ${title}`, body);
}
