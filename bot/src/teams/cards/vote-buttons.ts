import type { Choice, Lang, SessionState, Vote } from "@council/core";
import type { CardRefresh, ExecuteAction } from "./adaptive-card";
import type { CardText } from "./card-text";

/** The verb of a ballot button; its data names the session, the vote and the choice. */
export const CAST_BALLOT_VERB = "cast_ballot";

/** The verb Teams sends when it fetches a viewer's own version of a vote card. */
export const REFRESH_VERB = "refresh";

const choices: { choice: Choice; style?: ExecuteAction["style"] }[] = [
  { choice: "yes", style: "positive" },
  { choice: "no", style: "destructive" },
  { choice: "abstain" },
];

/**
 * Yes, no and abstain buttons, in the order councils read them out. The data carries the card's
 * language, so the card a voter gets back speaks the language of the card they pressed.
 */
export function ballotButtons(
  state: SessionState,
  vote: Vote,
  t: CardText,
  lang: Lang,
): ExecuteAction[] {
  return choices.map(({ choice, style }) => {
    const button: ExecuteAction = {
      type: "Action.Execute",
      title: t.choice[choice],
      verb: CAST_BALLOT_VERB,
      data: { sessionId: state.id, voteId: vote.id, choice, lang },
    };
    if (style) button.style = style;
    return button;
  });
}

/** The refresh section that lets every viewer see their own ballot on the shared card. */
export function voteRefresh(state: SessionState, vote: Vote, t: CardText, lang: Lang): CardRefresh {
  return {
    action: {
      type: "Action.Execute",
      title: t.refresh,
      verb: REFRESH_VERB,
      data: { sessionId: state.id, voteId: vote.id, lang },
    },
  };
}
