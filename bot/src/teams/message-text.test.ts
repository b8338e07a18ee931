import type { Activity } from "botbuilder";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { commandTextOf } from "./message-text";

const fixtures = join(__dirname, "../../../tests/support/fixtures/teams");

function mentionFixture(): Partial<Activity> {
  return JSON.parse(readFileSync(join(fixtures, "message-mention.json"), "utf8"));
}

describe("commandTextOf", () => {
  it("strips the bot's mention from the SDK's mention payload", () => {
    expect(commandTextOf(mentionFixture())).toBe("testing123");
  });

  it("leaves the activity as it was", () => {
    const activity = mentionFixture();

    commandTextOf(activity);

    expect(activity.text).toBe("<at>test-bot</at> testing123");
  });

  it("removes every mention of the bot, other mention tags, markup and entities", () => {
    const activity = {
      ...mentionFixture(),
      text: "<at>test-bot</at>&nbsp;výsledek <b>3</b> <at>Jana</at> <at>test-bot</at>",
    };

    expect(commandTextOf(activity)).toBe("výsledek 3");
  });

  it("keeps the text when the mention is of someone else", () => {
    const activity = mentionFixture();
    activity.entities = [{ type: "mention", mentioned: { id: "other" }, text: "<at>x</at>" }];

    expect(commandTextOf({ ...activity, text: "program" })).toBe("program");
  });
});
