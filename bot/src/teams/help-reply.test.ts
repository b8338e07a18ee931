import { helpReply, replyLanguage } from "./help-reply";

describe("replyLanguage", () => {
  it("follows the words of the message first", () => {
    expect(replyLanguage("help", "cs-CZ")).toBe("en");
    expect(replyLanguage("Nápověda, prosím", "en-US")).toBe("cs");
    expect(replyLanguage("pomoc", undefined)).toBe("cs");
  });

  it("falls back to the sender's locale, then to Czech", () => {
    expect(replyLanguage("what now?", "en-GB")).toBe("en");
    expect(replyLanguage("co teď?", "de-DE")).toBe("cs");
    expect(replyLanguage("", undefined)).toBe("cs");
  });
});

describe("helpReply", () => {
  it("says whether the chat follows a session, in either language", () => {
    expect(helpReply("cs", true)).toContain("Tento chat sleduje zasedání zastupitelstva.");
    expect(helpReply("cs", false)).toContain("zatím nesleduje žádné zasedání");
    expect(helpReply("en", true)).toContain("This chat follows a council session.");
  });
});
