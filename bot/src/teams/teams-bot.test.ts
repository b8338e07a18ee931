import type { Activity } from "botbuilder";
import { cardText } from "../../../tests/support/card-words";
import type { TeamsChat } from "./teams-chat";
import { SESSION_ID, TestCouncil } from "./council.fixture";
import { teamsPayload } from "./fixtures";
import { botAccount, botFor, inMeetingChat, meetingChat, mention } from "./teams-bot.fixture";

function membersUpdate(change: Partial<Activity>): Partial<Activity> {
  return inMeetingChat({
    type: "conversationUpdate",
    from: { id: "29:organizer", name: "Organizer" },
    ...change,
  });
}

/** The card a reply carries, as text a reader sees. */
function replyCardText(reply: Partial<Activity>): string {
  return cardText(reply.attachments?.[0]?.content);
}

describe("CouncilTeamsBot in a meeting chat", () => {
  it("binds the chat to the session when the bot is added, keeping reference and meeting id", async () => {
    const seen: TeamsChat[] = [];
    const { bindings, adapter } = botFor(await TestCouncil.scheduled(), (chat) => {
      seen.push(chat);
      return SESSION_ID;
    });

    await adapter.processActivity(membersUpdate({ membersAdded: [botAccount] }));

    expect(await bindings.forConversation(meetingChat.id)).toMatchObject({
      sessionId: SESSION_ID,
      meetingId: "MCMxOTpt",
      boundAt: "2025-03-12T16:30:00.000Z",
      reference: {
        conversation: { id: meetingChat.id },
        bot: { id: botAccount.id },
        channelId: "msteams",
      },
    });
    expect(seen).toEqual([
      expect.objectContaining({ conversationId: meetingChat.id, meetingId: "MCMxOTpt" }),
    ]);
  });

  it("leaves the chat unbound when no session fits", async () => {
    const { bindings, adapter } = botFor(await TestCouncil.scheduled(), () => undefined);

    await adapter.processActivity(membersUpdate({ membersAdded: [botAccount] }));

    expect(await bindings.forConversation(meetingChat.id)).toBeUndefined();
  });

  it("keeps an existing binding when someone else joins the chat", async () => {
    let session = SESSION_ID;
    const { bindings, adapter } = botFor(await TestCouncil.scheduled(), () => session);
    await adapter.processActivity(membersUpdate({ membersAdded: [botAccount] }));

    session = "another-session";
    await adapter.processActivity(
      membersUpdate({ membersAdded: [{ id: "29:newcomer", name: "Host" }] }),
    );

    expect(await bindings.forConversation(meetingChat.id)).toMatchObject({ sessionId: SESSION_ID });
  });

  it("unbinds the chat when the bot is removed, and only then", async () => {
    const { bindings, adapter } = botFor(await TestCouncil.scheduled());
    await adapter.processActivity(membersUpdate({ membersAdded: [botAccount] }));

    await adapter.processActivity(
      membersUpdate({ membersRemoved: [{ id: "29:organizer", name: "x" }] }),
    );
    const afterUser = await bindings.forConversation(meetingChat.id);
    await adapter.processActivity(membersUpdate({ membersRemoved: [botAccount] }));

    expect(afterUser).toBeDefined();
    expect(await bindings.forConversation(meetingChat.id)).toBeUndefined();
  });

  it("never binds a one-to-one chat", async () => {
    const { bindings, adapter } = botFor(await TestCouncil.scheduled());
    const personal = { id: "a:1on1", conversationType: "personal" } as Activity["conversation"];

    await adapter.processActivity(
      membersUpdate({ membersAdded: [botAccount], conversation: personal, channelData: {} }),
    );

    expect(await bindings.forConversation("a:1on1")).toBeUndefined();
  });
});

describe("CouncilTeamsBot chat commands", () => {
  it("answers 'help' in English with the commands, in a chat that follows the session", async () => {
    const { adapter } = botFor(await TestCouncil.scheduled());

    await adapter
      .send(mention("help"))
      .assertReply((reply) => {
        expect(reply.text).toContain("I am Council Live. This chat follows a council session.");
        expect(reply.text).toContain("**current item**");
      })
      .startTest();
  });

  it("answers in Czech to 'nápověda' under an English locale, and by default", async () => {
    const { adapter } = botFor(await TestCouncil.scheduled(), () => undefined);

    await adapter
      .send(mention("nápověda", "en-US"))
      .assertReply((reply) =>
        expect(reply.text).toContain("Tento chat zatím nesleduje žádné zasedání"),
      )
      .send(mention("testing123"))
      .assertReply((reply) => expect(reply.text).toMatch(/^Tomu nerozumím\. Jsem Council Live\./))
      .startTest();
  });

  it("answers 'program' with the agenda card, binding a chat added before its session", async () => {
    const { adapter, bindings } = botFor(await TestCouncil.discussing());

    await adapter
      .send(mention("program"))
      .assertReply((reply) => {
        expect(reply.attachments?.[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
        expect(replyCardText(reply)).toContain("**2. Rozpočet města na rok 2025** (projednává se)");
      })
      .startTest();
    expect(await bindings.forConversation(meetingChat.id)).toMatchObject({ sessionId: SESSION_ID });
  });

  it("answers 'current item' and 'kdo mluví' from the session's state", async () => {
    const council = await TestCouncil.discussing();
    await council.run({ type: "request_floor" }, { kind: "member", memberId: "m3" });
    await council.run({ type: "grant_floor" });
    const { adapter } = botFor(council);

    await adapter
      .send(mention("current item", "cs-CZ"))
      .assertReply((reply) => expect(reply.text).toMatch(/^Now discussing item 2: Rozpočet/))
      .send(mention("kdo mluví?"))
      .assertReply((reply) => expect(reply.text).toMatch(/^Slovo má Zdeněk Černý/))
      .startTest();
  });

  it("answers 'výsledek 1' with the result card, named votes included", async () => {
    const council = await TestCouncil.voting();
    await council.ballot("m1", "yes");
    await council.ballot("m2", "yes");
    await council.ballot("m3", "yes");
    await council.run({ type: "close_vote", voteId: "vote-1" });
    const { adapter } = botFor(council);

    await adapter
      .send(mention("výsledek 1"))
      .assertReply((reply) => {
        const text = replyCardText(reply);
        expect(text).toContain("Hlasování č. 1: Návrh byl přijat");
        expect(text).toContain("Černý Zdeněk; Dvořák Petr; Nováková Jana, Ing.");
      })
      .startTest();
  });

  it("explains briefly when the chat follows no session", async () => {
    const { adapter } = botFor(await TestCouncil.scheduled(), () => undefined);

    await adapter
      .send(mention("agenda"))
      .assertReply((reply) =>
        expect(reply.text).toBe(
          "This chat does not follow any council session yet; the chair or the clerk can link it in the settings of the Council Live tab.",
        ),
      )
      .startTest();
  });

  it("answers the SDK's real mention payload, its mention stripped, with help, not silence", async () => {
    const { adapter } = botFor(await TestCouncil.scheduled());

    await adapter
      .send(teamsPayload("message-mention.json"))
      .assertReply((reply) => expect(reply.text).toMatch(/^Tomu nerozumím\. Jsem Council Live\./))
      .startTest();
  });

  it("stays silent on group messages that do not mention it", async () => {
    const { adapter } = botFor(await TestCouncil.scheduled());
    const plain = { ...mention("help"), text: "help", entities: [] };

    await adapter.send(plain).assertNoReply("no reply", 100).startTest();
  });
});
