import type { CloudAdapter, TurnContext } from "botbuilder";
import { TeamsActivityHandler, TurnContext as Turn } from "botbuilder";
import type { ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { BindingStore } from "../store";
import type { BotCredentials } from "./bot-credentials";
import { createCloudAdapter } from "./bot-credentials";
import { BotbuilderConnector } from "./botbuilder-connector";
import type { ChatConnector } from "./chat-connector";
import { helpReply, replyLanguage } from "./help-reply";
import type { ParsedRequest } from "./node-http-bridge";
import { botRequest, botResponse } from "./node-http-bridge";
import type { ResolveSession } from "./teams-chat";
import { canFollowSession, teamsChatOf } from "./teams-chat";

export interface CouncilTeamsBotOptions {
  bindings: BindingStore;
  resolveSession: ResolveSession;
  logger: Logger;
  /** Milliseconds since the epoch, for the binding time. */
  now?: () => number;
}

/**
 * The bot in a meeting chat. Added to the chat, it stores the conversation reference and binds
 * the chat to a session; removed, it unbinds it. Any later conversationUpdate or @mention in a
 * chat that is still unbound tries again, which covers a bot installed before its session was
 * scheduled. An @mention gets a short help answer in Czech or English.
 */
export class CouncilTeamsBot extends TeamsActivityHandler {
  constructor(private readonly options: CouncilTeamsBotOptions) {
    super();
    this.onMembersAdded(async (context, next) => {
      await this.membersAdded(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      await this.membersRemoved(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.message(context);
      await next();
    });
  }

  private async membersAdded(context: TurnContext): Promise<void> {
    const { activity } = context;
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id === activity.recipient.id);
    const bound = await this.options.bindings.forConversation(activity.conversation.id);
    if (botAdded || !bound) await this.bind(context, botAdded ? "bot_added" : "late");
  }

  private async membersRemoved(context: TurnContext): Promise<void> {
    const { activity } = context;
    const botRemoved = (activity.membersRemoved ?? []).some((m) => m.id === activity.recipient.id);
    if (!botRemoved) return;

    await this.options.bindings.unbind(activity.conversation.id);
    this.options.logger.info({ conversationId: activity.conversation.id }, "teams_chat_unbound");
  }

  private async message(context: TurnContext): Promise<void> {
    const { activity } = context;
    const chat = teamsChatOf(activity);
    const mentioned = Turn.getMentions(activity).some(
      (m) => m.mentioned.id === activity.recipient.id,
    );
    // With the ChatMessage.Read.Chat permission the bot sees every message; it answers only its own.
    if (canFollowSession(chat) && !mentioned) return;

    let bound = Boolean(await this.options.bindings.forConversation(chat.conversationId));
    if (!bound) bound = await this.bind(context, "late");
    const text = Turn.removeRecipientMention(activity) ?? activity.text ?? "";
    await context.sendActivity(helpReply(replyLanguage(text, activity.locale), bound));
  }

  /** Binds the chat of this turn to the session the resolver picks; false when none fits. */
  private async bind(context: TurnContext, why: "bot_added" | "late"): Promise<boolean> {
    const { logger, bindings, resolveSession } = this.options;
    const chat = teamsChatOf(context.activity);
    const log = logger.child({
      conversationId: chat.conversationId,
      meetingId: chat.meetingId,
      why,
    });
    if (!canFollowSession(chat)) return false;

    const sessionId = await resolveSession(chat);
    if (!sessionId) {
      log.info("teams_chat_no_session");
      return false;
    }

    const boundAt = new Date((this.options.now ?? Date.now)()).toISOString();
    const reference = Turn.getConversationReference(context.activity);
    await bindings.bind({ sessionId, conversationId: chat.conversationId, reference, boundAt });
    log.info({ sessionId }, "teams_chat_bound");
    return true;
  }
}

export interface BotEndpointOptions extends BotCredentials {
  bindings: BindingStore;
  resolveSession: ResolveSession;
  logger: Logger;
  now?: () => number;
}

/** The Bot Framework endpoint and what the outbox worker needs to post through it. */
export interface BotEndpoint {
  adapter: CloudAdapter;
  bot: CouncilTeamsBot;
  /** Posts and updates chat messages through the same adapter and credentials. */
  connector: ChatConnector;
  /** Handles `POST /api/messages`; the body must be parsed JSON already. */
  handle(req: ParsedRequest, res: ServerResponse): Promise<void>;
}

/**
 * Builds the `/api/messages` endpoint: a botbuilder CloudAdapter with the given credentials (all
 * empty runs without Bot Framework auth, as the Agents Playground does) and the council bot.
 *
 * @example
 * const endpoint = createBotEndpoint({ bindings, resolveSession, logger });
 * app.post("/api/messages", async (request, reply) => {
 *   reply.hijack();
 *   await endpoint.handle(Object.assign(request.raw, { body: request.body }), reply.raw);
 * });
 */
export function createBotEndpoint(options: BotEndpointOptions): BotEndpoint {
  const adapter = createCloudAdapter(options, options.logger);
  const bot = new CouncilTeamsBot(options);
  const connector = new BotbuilderConnector(adapter, options.logger, options.appId ?? "");

  const handle = async (req: ParsedRequest, res: ServerResponse) => {
    try {
      await adapter.process(botRequest(req), botResponse(res), (context) => bot.run(context));
    } catch (error) {
      // CloudAdapter answers failed turns itself; what escapes is a body it could not read.
      if (res.headersSent) throw error;
      options.logger.warn({ err: error }, "bot_activity_rejected");
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "invalid_activity", message: String(error) } }));
    }
  };
  return { adapter, bot, connector, handle };
}
