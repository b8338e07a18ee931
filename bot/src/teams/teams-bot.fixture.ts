import type { Activity } from "botbuilder";
import { TestAdapter } from "botbuilder";
import { MemoryBindingStore } from "../store";
import type { ResolveSession } from "./teams-chat";
import { CouncilTeamsBot } from "./teams-bot";
import { CapturedLogs, SESSION_ID, TestCouncil } from "./council.fixture";

/** The bot's own account in the tests' meeting chat. */
export const botAccount = { id: "28:council-bot", name: "Council Live" };

/** A meeting chat as Teams addresses it, with the meeting id in channelData. */
export const meetingChat = {
  id: "19:meeting_MWJlNGViOTgtMGExYi00NDA3@thread.v2",
  isGroup: true,
  conversationType: "groupChat",
  tenantId: "tenant-1",
};
export const meetingData = { tenant: { id: "tenant-1" }, meeting: { id: "MCMxOTpt" } };

/** What a bot test needs: the council, the bot on a TestAdapter, its bindings and its logs. */
export interface BotUnderTest {
  council: TestCouncil;
  bot: CouncilTeamsBot;
  adapter: TestAdapter;
  bindings: MemoryBindingStore;
  logs: CapturedLogs;
}

/** The bot over a council's session service, choosing that session for any chat by default. */
export function botFor(
  council: TestCouncil,
  resolveSession: ResolveSession = () => SESSION_ID,
): BotUnderTest {
  const bindings = new MemoryBindingStore();
  const logs = new CapturedLogs();
  const bot = new CouncilTeamsBot({
    bindings,
    resolveSession,
    logger: logs.logger,
    readSession: (id) => council.sessions.get(id),
    submit: (id, command, actor) => council.sessions.submit(id, command, actor),
    now: () => Date.parse("2025-03-12T16:30:00Z"),
  });
  const adapter = new TestAdapter(async (context) => bot.run(context));
  return { council, bot, adapter, bindings, logs };
}

/** An activity in the meeting chat from a member, with any field replaced. */
export function inMeetingChat(fields: Partial<Activity>): Partial<Activity> {
  return {
    channelId: "msteams",
    recipient: botAccount,
    from: { id: "29:member", name: "Petr Dvořák" },
    conversation: meetingChat as Activity["conversation"],
    channelData: meetingData,
    ...fields,
  };
}

/** A message in the meeting chat that @mentions the bot. */
export function mention(text: string, locale?: string): Partial<Activity> {
  return inMeetingChat({
    type: "message",
    text: `<at>Council Live</at> ${text}`,
    locale,
    entities: [{ type: "mention", mentioned: botAccount, text: "<at>Council Live</at>" }],
  });
}
