import type { Activity } from "botbuilder";
import { cardText } from "../../../tests/support/card-words";
import { aad, SESSION_ID, TestCouncil } from "./council.fixture";
import { teamsPayload } from "./fixtures";
import { botFor, inMeetingChat } from "./teams-bot.fixture";

/** The invoke Teams sends when a member presses an Action.Execute button on a card. */
function cardAction(verb: string, data: Record<string, string>, aadObjectId?: string) {
  return inMeetingChat({
    type: "invoke",
    name: "adaptiveCard/action",
    from: { id: "29:member", name: "Petr Dvořák", aadObjectId },
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  });
}

const yes = { sessionId: SESSION_ID, voteId: "vote-1", choice: "yes", lang: "cs" };

interface InvokeReply {
  status: number;
  body: { statusCode: number; type: string; value: unknown };
}

describe("CouncilTeamsBot card actions", () => {
  it("casts the ballot of the Teams user pressing 'Pro' and answers with their refreshed card", async () => {
    const { adapter, council } = botFor(await TestCouncil.voting());

    await adapter
      .send(cardAction("cast_ballot", yes, aad.dvorak))
      .assertReply((reply) => {
        const { status, body } = reply.value as InvokeReply;
        expect(reply.type).toBe("invokeResponse");
        expect(status).toBe(200);
        expect(body.statusCode).toBe(200);
        expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
        expect(cardText(body.value)).toContain("Váš hlas: Pro. Byl zaznamenán.");
      })
      .startTest();
    expect(council.state.votes[0]!.ballots).toEqual({ m2: "yes" });
    expect(council.sessions.eventsAfter(SESSION_ID, council.state.seq - 1)).toEqual([
      expect.objectContaining({ type: "ballot_cast", actor: { kind: "member", memberId: "m2" } }),
    ]);
  });

  it("answers a second press with the refusal on the card", async () => {
    const { adapter } = botFor(await TestCouncil.voting());

    await adapter
      .send(cardAction("cast_ballot", yes, aad.dvorak))
      .assertReply(() => undefined)
      .send(cardAction("cast_ballot", { ...yes, choice: "no" }, aad.dvorak))
      .assertReply((reply) =>
        expect(cardText((reply.value as InvokeReply).body.value)).toContain(
          "Už jste hlasoval(a); hlas nelze změnit.",
        ),
      )
      .startTest();
  });

  it("answers an unknown verb with a message instead of a card", async () => {
    const { adapter, council } = botFor(await TestCouncil.voting());

    await adapter
      .send(cardAction("open_the_pod_bay_doors", yes, aad.dvorak))
      .assertReply((reply) =>
        expect((reply.value as InvokeReply).body).toEqual({
          statusCode: 200,
          type: "application/vnd.microsoft.activity.message",
          value: "Tomuto tlačítku Council Live nerozumí; karta je možná zastaralá.",
        }),
      )
      .startTest();
    expect(council.state.votes[0]!.ballots).toEqual({});
  });

  it("ignores a card's Action.Submit arriving as a message, as recorded from Teams", async () => {
    const { adapter, bindings, council, logs } = botFor(await TestCouncil.voting());
    const recorded = teamsPayload("recorded-actions-reactions.json").action as Partial<Activity>;
    const seq = council.state.seq;

    await adapter.send(recorded).assertNoReply("no reply", 100).startTest();

    expect(council.state.seq).toBe(seq);
    expect(await bindings.forConversation(recorded.conversation!.id)).toBeUndefined();
    expect(logs.messages()).toContain("teams_card_submit_ignored");
  });
});
