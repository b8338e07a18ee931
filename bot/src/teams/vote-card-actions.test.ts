import type { Lang } from "@council/core";
import pino from "pino";
import { cardText } from "../../../tests/support/card-words";
import type { CardActionAnswer } from "./vote-card-actions";
import { VoteCardActions } from "./vote-card-actions";
import { aad, SESSION_ID, TestCouncil } from "./council.fixture";

function actionsFor(council: TestCouncil) {
  return new VoteCardActions({
    readSession: (id) => council.sessions.get(id),
    submit: (id, command, actor) => council.sessions.submit(id, command, actor),
    logger: pino({ level: "silent" }),
  });
}

function ballot(choice: string, aadObjectId: string | undefined, lang: Lang = "cs") {
  return {
    verb: "cast_ballot",
    data: { sessionId: SESSION_ID, voteId: "vote-1", choice, lang },
    aadObjectId,
    lang: "en" as Lang,
  };
}

function textOf(answer: CardActionAnswer): string {
  if (!("card" in answer)) throw new Error(`expected a card, got: ${answer.message}`);
  return cardText(answer.card);
}

describe("VoteCardActions", () => {
  it("casts the ballot of the member who pressed the button and confirms it on their card", async () => {
    const council = await TestCouncil.voting();

    const answer = await actionsFor(council).answer(ballot("yes", aad.dvorak));

    expect(council.state.votes[0]!.ballots).toEqual({ m2: "yes" });
    expect(textOf(answer)).toContain("Váš hlas: Pro. Byl zaznamenán.");
    expect(textOf(answer)).toContain("Pro: 1");
    expect("card" in answer && answer.card.actions).toBeUndefined();
  });

  it("answers in the card's language, whatever the locale of the user", async () => {
    const council = await TestCouncil.voting();

    const answer = await actionsFor(council).answer(ballot("no", aad.cerny, "en"));

    expect(textOf(answer)).toContain("Your ballot: No. It has been recorded.");
  });

  it("refuses a second ballot and keeps the first", async () => {
    const council = await TestCouncil.voting();
    const actions = actionsFor(council);
    await actions.answer(ballot("yes", aad.dvorak));

    const answer = await actions.answer(ballot("no", aad.dvorak));

    expect(textOf(answer)).toContain("Už jste hlasoval(a); hlas nelze změnit.");
    expect(council.state.votes[0]!.ballots).toEqual({ m2: "yes" });
  });

  it("refuses the clerk, who holds no seat, and a member recorded absent, keeping the latter's buttons", async () => {
    const council = await TestCouncil.voting();
    await council.run({ type: "record_attendance", memberId: "m3", mode: "absent" });

    const clerk = await actionsFor(council).answer(ballot("yes", aad.clerk));
    const absent = await actionsFor(council).answer(ballot("yes", aad.cerny));

    expect(textOf(clerk)).toContain("Hlasují jen členové zastupitelstva.");
    expect(textOf(absent)).toContain("Nejste zapsán(a) jako přítomný(á).");
    expect("card" in absent && absent.card.actions).toHaveLength(3);
  });

  it("refuses someone not on the roster without submitting anything", async () => {
    const council = await TestCouncil.voting();
    const seq = council.state.seq;

    const answer = await actionsFor(council).answer(ballot("yes", aad.stranger));

    expect(textOf(answer)).toContain("Nejste na seznamu členů zastupitelstva pro toto zasedání.");
    expect(council.state.seq).toBe(seq);
  });

  it("shows the result with a notice to someone pressing a button after the close", async () => {
    const council = await TestCouncil.voting();
    await council.ballot("m1", "yes");
    await council.run({ type: "close_vote", voteId: "vote-1" });

    const answer = await actionsFor(council).answer(ballot("yes", aad.dvorak));

    expect(textOf(answer)).toContain("Hlasování je uzavřeno; hlas už nelze odevzdat.");
    expect(textOf(answer)).toContain("Jmenovité hlasování");
  });

  it("refreshes the card for each viewer with their own ballot", async () => {
    const council = await TestCouncil.voting();
    await council.ballot("m2", "abstain");
    const refresh = (aadObjectId: string) => ({
      verb: "refresh",
      data: { sessionId: SESSION_ID, voteId: "vote-1", lang: "cs" },
      aadObjectId,
      lang: "cs" as Lang,
    });

    const voted = await actionsFor(council).answer(refresh(aad.dvorak));
    const notYet = await actionsFor(council).answer(refresh(aad.cerny));

    expect(textOf(voted)).toContain("Váš hlas: Zdržel se.");
    expect("card" in voted && voted.card.actions).toBeUndefined();
    expect(textOf(notYet)).not.toContain("Váš hlas");
    expect("card" in notYet && notYet.card.actions).toHaveLength(3);
  });

  it("answers a message for unknown verbs, bad data, and votes or sessions that do not exist", async () => {
    const council = await TestCouncil.voting();
    const actions = actionsFor(council);

    const answers = await Promise.all([
      actions.answer({ ...ballot("yes", aad.dvorak), verb: "delete_everything" }),
      actions.answer({ ...ballot("maybe", aad.dvorak) }),
      actions.answer({
        ...ballot("yes", aad.dvorak),
        data: { sessionId: SESSION_ID, voteId: "vote-9", choice: "yes" },
      }),
      actions.answer({
        ...ballot("yes", aad.dvorak),
        data: { sessionId: "nope", voteId: "vote-1", choice: "yes" },
      }),
    ]);

    expect(answers).toEqual([
      { message: "Council Live does not know this button; the card may be out of date." },
      { message: "Council Live does not know this button; the card may be out of date." },
      { message: "This vote does not exist." },
      { message: "The session was not found." },
    ]);
    expect(council.state.votes[0]!.ballots).toEqual({});
  });
});
