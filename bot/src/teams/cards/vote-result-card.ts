import type { Lang, Member, SessionState, Vote, VoteOutcome } from "@council/core";
import { explainResult, listName } from "@council/core";
import type { AdaptiveCard, CardElement, TextColor } from "./adaptive-card";
import { adaptiveCard, heading, section, subtle, text } from "./adaptive-card";
import type { CardNotice } from "./card-notice";
import { noticeBlock } from "./card-notice";
import type { CardText } from "./card-text";
import { cardText } from "./card-text";
import type { NamedVotes } from "./session-view";
import { itemLabel, namedVotes, sessionLine, sessionTime } from "./session-view";

const outcomeColor: Record<VoteOutcome, TextColor> = {
  adopted: "good",
  rejected: "attention",
  void: "warning",
};

/** Groups that are listed even when empty, so "Proti: nikdo" is said out loud. */
const alwaysListed: (keyof NamedVotes)[] = ["yes", "no", "abstain"];
const listedIfAny: (keyof NamedVotes)[] = ["notVoting", "absent"];

/**
 * The card of a closed vote: outcome, the one-line explanation of why (base, yes votes needed,
 * rule set), the counts as the minutes write them, and the named votes grouped by choice, each
 * member listed family name first. It replaces the vote's live tally card in place; `notice`
 * tells the one viewer who pressed a button on the old card why it was not taken.
 *
 * @example
 * voteResultCard(state, vote, "cs") // heading "Hlasování č. 4: Návrh byl přijat"
 */
export function voteResultCard(
  state: SessionState,
  vote: Vote,
  lang: Lang = "cs",
  notice?: CardNotice,
): AdaptiveCard {
  const t = cardText(lang);
  const result = vote.result;
  if (!result) throw new Error(`vote ${vote.id} has no result yet`);
  const headline = `${t.vote(vote.number)}: ${t.outcome[result.outcome]}`;

  const body: CardElement[] = [
    sessionLine(state),
    heading(headline, outcomeColor[result.outcome]),
    subtle(itemLabel(state, vote.itemId, lang)),
  ];
  if (notice) body.push(noticeBlock(notice));
  if (vote.purpose.kind === "test") body.push(text(t.testVote, { color: "warning" }));
  body.push(
    text(vote.motion),
    text(explainResult(result, lang), { weight: "bolder" }),
    text(t.countsLine(result.counts)),
    namedVotesSection(namedVotes(state, vote), t),
    subtle(`${t.ended}: ${sessionTime(state, vote.closedAt, lang)}`),
  );
  return adaptiveCard(lang, `${headline} (${t.countsLine(result.counts)})`, body);
}

function namedVotesSection(groups: NamedVotes, t: CardText): CardElement {
  const items: CardElement[] = [text(t.namedVotes, { weight: "bolder" })];
  for (const choice of [...alwaysListed, ...listedIfAny]) {
    const members = groups[choice];
    if (members.length === 0 && listedIfAny.includes(choice)) continue;
    items.push(
      text(`${t.choice[choice]} (${members.length})`, { weight: "bolder", spacing: "small" }),
    );
    items.push(text(names(members, t), { spacing: "none" }));
  }
  return section(items);
}

/** Names joined with semicolons, because a listed name may itself hold a comma before titles. */
function names(members: Member[], t: CardText): string {
  return members.length === 0 ? t.nobody : members.map(listName).join("; ");
}
