import type { Choice, Lang, Member, RefusalCode, SessionState, Vote } from "@council/core";
import type { Logger } from "pino";
import { z } from "zod";
import type { AdaptiveCard } from "./cards/adaptive-card";
import type { CardNotice } from "./cards/card-notice";
import { cardText } from "./cards/card-text";
import { CAST_BALLOT_VERB, REFRESH_VERB } from "./cards/vote-buttons";
import { voteOpenCard } from "./cards/vote-open-card";
import { voteResultCard } from "./cards/vote-result-card";
import { memberForTeamsUser } from "./member-for-teams-user";
import type { ReadSession, SubmitCommand } from "./session-port";

/** A button pressed on a vote card, as Teams delivers it. */
export interface CardAction {
  verb: string | undefined;
  data: unknown;
  /** The Entra object id of the user who pressed it (`from.aadObjectId`). */
  aadObjectId: string | undefined;
  /** The language to answer in when the button's data does not name the card's language. */
  lang: Lang;
}

/** What the user who pressed the button sees next: their own card, or a short message. */
export type CardActionAnswer = { card: AdaptiveCard } | { message: string };

export interface VoteCardActionsOptions {
  readSession: ReadSession;
  submit: SubmitCommand;
  logger: Logger;
}

const id = z.string().trim().min(1).max(200);
const refreshData = z.object({ sessionId: id, voteId: id, lang: z.enum(["cs", "en"]).optional() });
const ballotData = refreshData.extend({ choice: z.enum(["yes", "no", "abstain"]) });

/**
 * The vote card's buttons. A ballot button casts the ballot of the roster member who pressed it
 * (matched by Entra object id, never by anything the card carries) through the session service,
 * and answers with that member's own card: the ballot confirmed, or why it was not taken. The
 * refresh verb answers with the viewer's own card, so each sees their ballot on the shared card.
 */
export class VoteCardActions {
  constructor(private readonly options: VoteCardActionsOptions) {}

  async answer(action: CardAction): Promise<CardActionAnswer> {
    const schema = action.verb === CAST_BALLOT_VERB ? ballotData : refreshData;
    const parsed = schema.safeParse(action.data);
    const known = action.verb === CAST_BALLOT_VERB || action.verb === REFRESH_VERB;
    if (!known || !parsed.success) return { message: cardText(action.lang).unknownAction };

    const { sessionId, voteId } = parsed.data;
    const lang = parsed.data.lang ?? action.lang;
    const t = cardText(lang);
    const state = this.options.readSession(sessionId);
    const vote = state?.votes.find((candidate) => candidate.id === voteId);
    if (!state) return { message: t.ballotRefused.session_not_found ?? t.unknownAction };
    if (!vote) return { message: t.ballotRefused.vote_not_found ?? t.unknownAction };
    const member = memberForTeamsUser(state, action.aadObjectId);
    if (action.verb === REFRESH_VERB) return { card: personalVoteCard(state, vote, lang, member) };

    const choice = (parsed.data as z.infer<typeof ballotData>).choice;
    return this.castBallot(state, vote, member, choice, lang);
  }

  private async castBallot(
    state: SessionState,
    vote: Vote,
    member: Member | undefined,
    choice: Choice,
    lang: Lang,
  ): Promise<CardActionAnswer> {
    const log = this.options.logger.child({ sessionId: state.id, voteId: vote.id });
    if (!member) {
      log.info({ refusal: "not_on_roster" }, "card_ballot_refused");
      return {
        card: personalVoteCard(state, vote, lang, undefined, refused("not_on_roster", lang)),
      };
    }

    const command = { type: "cast_ballot" as const, voteId: vote.id, choice };
    const outcome = await this.options.submit(state.id, command, {
      kind: "member",
      memberId: member.id,
    });

    const fresh = this.options.readSession(state.id) ?? state;
    const freshVote = fresh.votes.find((candidate) => candidate.id === vote.id) ?? vote;
    if (!outcome.ok) {
      log.info({ memberId: member.id, refusal: outcome.refusal.code }, "card_ballot_refused");
      const notice = refused(outcome.refusal.code, lang);
      return { card: personalVoteCard(fresh, freshVote, lang, member, notice) };
    }
    log.info({ memberId: member.id }, "card_ballot_cast");
    const notice: CardNotice = { text: cardText(lang).yourBallot(choice), tone: "good" };
    return { card: personalVoteCard(fresh, freshVote, lang, member, notice) };
  }
}

/**
 * The vote card as one viewer should see it: the result once the vote is closed; while it is
 * open, the tally with their own ballot, and buttons unless they voted under rules that keep a
 * ballot as cast.
 */
export function personalVoteCard(
  state: SessionState,
  vote: Vote,
  lang: Lang,
  member: Member | undefined,
  notice?: CardNotice,
): AdaptiveCard {
  if (vote.status === "closed") return voteResultCard(state, vote, lang, notice);

  const ballot = member ? vote.ballots[member.id] : undefined;
  const own: CardNotice | undefined = ballot
    ? { text: cardText(lang).yourBallot(ballot), tone: "good" }
    : undefined;
  const buttons = !ballot || state.rules.ballotChange;
  return voteOpenCard(state, vote, lang, { notice: notice ?? own, buttons });
}

/** A refusal as the voter reads it on the card. */
export function refused(code: RefusalCode, lang: Lang): CardNotice {
  const t = cardText(lang);
  return { text: t.ballotRefused[code] ?? t.ballotRefusedOther, tone: "attention" };
}
