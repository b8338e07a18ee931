import { cardText } from "../../../tests/support/card-words";
import type { ChatCommand } from "./chat-command";
import type { ChatReply } from "./chat-reply";
import { chatReply } from "./chat-reply";
import { TestCouncil } from "./council.fixture";

function textOf(reply: ChatReply): string {
  if (!("text" in reply)) throw new Error("expected a text reply");
  return reply.text;
}

function cardOf(reply: ChatReply): string {
  if (!("card" in reply)) throw new Error("expected a card reply");
  return cardText(reply.card);
}

const cs = (kind: "agenda" | "current_item" | "current_speaker"): ChatCommand => ({
  kind,
  lang: "cs",
});

describe("chatReply", () => {
  it("lists the commands in help, and says whether the chat follows a session", async () => {
    const council = await TestCouncil.scheduled();

    const bound = textOf(chatReply({ kind: "help", lang: "en", understood: true }, council.state));
    const unbound = textOf(chatReply({ kind: "help", lang: "cs", understood: true }, undefined));

    expect(bound).toContain("This chat follows a council session.");
    expect(bound).toContain("**result 3**");
    expect(unbound).toContain("Tento chat zatím nesleduje žádné zasedání");
    expect(unbound).toContain("**výsledek 3**");
  });

  it("says it did not understand before the help for unknown input", () => {
    const reply = textOf(chatReply({ kind: "help", lang: "en", understood: false }, undefined));

    expect(reply.startsWith("I did not understand that. I am Council Live.")).toBe(true);
  });

  it("explains, briefly, that an unbound chat follows no session", () => {
    const reply = textOf(chatReply(cs("agenda"), undefined));

    expect(reply).toBe(
      "Tento chat zatím nesleduje žádné zasedání; propojit ho může předsedající nebo zapisovatel v nastavení záložky Council Live.",
    );
  });

  it("shows the agenda as a card with the item under discussion marked", async () => {
    const council = await TestCouncil.discussing();

    const text = cardOf(chatReply(cs("agenda"), council.state));

    expect(text).toContain("Program");
    expect(text).toContain("Navržený program, zatím neschválený");
    expect(text).toContain(
      "1. Zahájení\n**2. Rozpočet města na rok 2025** (projednává se)\n3. Různé",
    );
  });

  it("names the current item, its reporter and a vote in progress", async () => {
    const council = await TestCouncil.voting();

    const reply = textOf(chatReply({ kind: "current_item", lang: "en" }, council.state));

    expect(reply).toBe(
      "Now discussing item 2: Rozpočet města na rok 2025. Reporter: Ing. Jana Nováková. Vote no. 1 is in progress.",
    );
  });

  it("says when no item is under discussion, or the session is not open yet", async () => {
    const scheduled = await TestCouncil.scheduled();
    const discussing = await TestCouncil.discussing();
    await discussing.run({ type: "end_item", itemId: "item-2" });

    expect(textOf(chatReply(cs("current_item"), scheduled.state))).toBe(
      "Zasedání ještě nebylo zahájeno.",
    );
    expect(textOf(chatReply(cs("current_item"), discussing.state))).toBe(
      "Právě se neprojednává žádný bod programu.",
    );
  });

  it("names who has the floor, since when, and who waits", async () => {
    const council = await TestCouncil.discussing();
    await council.run({ type: "request_floor" }, { kind: "member", memberId: "m2" });
    await council.run({ type: "request_floor" }, { kind: "member", memberId: "m3" });
    await council.run({ type: "grant_floor" });

    const reply = textOf(chatReply(cs("current_speaker"), council.state));

    expect(reply).toMatch(/^Slovo má Petr Dvořák \(od \d\d:\d\d\)\. Přihlášeni: Zdeněk Černý\.$/);
  });

  it("says nobody has the floor", async () => {
    const council = await TestCouncil.discussing();

    const reply = textOf(chatReply({ kind: "current_speaker", lang: "en" }, council.state));

    expect(reply).toBe("Nobody has the floor right now. Nobody is waiting to speak.");
  });

  it("answers a vote's result with the result card: explanation and named votes", async () => {
    const council = await TestCouncil.voting();
    await council.ballot("m1", "yes");
    await council.ballot("m2", "no");
    await council.run({ type: "close_vote", voteId: "vote-1" });

    const text = cardOf(chatReply({ kind: "result", lang: "cs", voteNumber: 1 }, council.state));
    const latest = cardOf(chatReply({ kind: "result", lang: "cs" }, council.state));

    expect(text).toContain("Hlasování č. 1: Návrh nebyl přijat");
    expect(text).toContain("Jmenovité hlasování");
    expect(text).toContain("Nováková Jana, Ing.");
    expect(text).toContain("Dvořák Petr");
    expect(latest).toBe(text);
  });

  it("says when the vote does not exist, is still open, or none has closed", async () => {
    const council = await TestCouncil.voting();

    const replies = [
      textOf(chatReply({ kind: "result", lang: "cs", voteNumber: 7 }, council.state)),
      textOf(chatReply({ kind: "result", lang: "en", voteNumber: 1 }, council.state)),
      textOf(chatReply({ kind: "result", lang: "en" }, council.state)),
    ];

    expect(replies).toEqual([
      "Hlasování č. 7 v tomto zasedání neproběhlo.",
      "Vote no. 1 is still open; I will post the result when it closes.",
      "No vote has been closed yet.",
    ]);
  });
});
