import { parseChatCommand } from "./chat-command";

describe("parseChatCommand", () => {
  it.each([
    ["program", { kind: "agenda", lang: "cs" }],
    ["agenda", { kind: "agenda", lang: "en" }],
    ["aktuální bod", { kind: "current_item", lang: "cs" }],
    ["Aktuální bod programu?", { kind: "current_item", lang: "cs" }],
    ["current item", { kind: "current_item", lang: "en" }],
    ["řečník", { kind: "current_speaker", lang: "cs" }],
    ["Kdo mluví?", { kind: "current_speaker", lang: "cs" }],
    ["current speaker", { kind: "current_speaker", lang: "en" }],
    ["who has the floor", { kind: "current_speaker", lang: "en" }],
    ["výsledek 3", { kind: "result", lang: "cs", voteNumber: 3 }],
    ["Výsledek hlasování č. 12", { kind: "result", lang: "cs", voteNumber: 12 }],
    ["result 4", { kind: "result", lang: "en", voteNumber: 4 }],
    ["result", { kind: "result", lang: "en" }],
    ["nápověda", { kind: "help", lang: "cs", understood: true }],
    ["help", { kind: "help", lang: "en", understood: true }],
  ])("reads %p", (text, command) => {
    expect(parseChatCommand(text, undefined)).toEqual(command);
  });

  it("answers in the language of the command word, whatever the sender's locale", () => {
    expect(parseChatCommand("výsledek 2", "en-US").lang).toBe("cs");
    expect(parseChatCommand("agenda", "cs-CZ").lang).toBe("en");
  });

  it("turns input it does not understand into help, in the sender's locale or Czech", () => {
    expect(parseChatCommand("what now?", "en-GB")).toEqual({
      kind: "help",
      lang: "en",
      understood: false,
    });
    expect(parseChatCommand("testing123", "de-DE")).toMatchObject({
      lang: "cs",
      understood: false,
    });
    expect(parseChatCommand("", undefined)).toMatchObject({ kind: "help", lang: "cs" });
  });

  it("takes Czech letters as Czech even under an English locale", () => {
    expect(parseChatCommand("co tu děláš?", "en-US")).toMatchObject({ kind: "help", lang: "cs" });
  });
});
