import type { Command, Lang } from "@council/core";
import type {
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  CloudAdapter,
  TurnContext,
} from "botbuilder";
import { TeamsActivityHandler, TurnContext as Turn } from "botbuilder";
import type { ServerResponse } from "node:http";
import type { Logger } from "pino";
import type { BindingStore } from "../store";
import type { BotCredentials } from "./bot-credentials";
import { createCloudAdapter } from "./bot-credentials";
import { BotbuilderConnector } from "./botbuilder-connector";
import { cardActivity } from "./card-activity";
import { ADAPTIVE_CARD_CONTENT_TYPE } from "./cards/adaptive-card";
import type { ChatConnector } from "./chat-connector";
import { parseChatCommand } from "./chat-command";
import { chatReply } from "./chat-reply";
import { activityProblem } from "./inbound-activity";
import { readMeetingEvent } from "./meeting-event";
import { commandTextOf } from "./message-text";
import type { ParsedRequest } from "./node-http-bridge";
import { botRequest, botResponse } from "./node-http-bridge";
import { readParticipantChange, rosterMembersAmong } from "./participant-event";
import type { ReadSession, SubmitCommand, SubmitOutcome } from "./session-port";
import { TEAMS_ACTOR } from "./session-port";
import type { ResolveSession } from "./teams-chat";
import { canFollowSession, teamsChatOf } from "./teams-chat";
import { VoteCardActions } from "./vote-card-actions";

export interface CouncilTeamsBotOptions {
  bindings: BindingStore;
  resolveSession: ResolveSession;
  logger: Logger;
  /** Reads a session for chat commands and vote cards; SessionService.get fits. */
  readSession?: ReadSession;
  /** Records meeting events, presence signals and ballots; SessionService.submit fits. */
  submit?: SubmitCommand;
  /** Milliseconds since the epoch, for the binding time. */
  now?: () => number;
}

/** The content type of an invoke answer that shows a message instead of a card. */
const MESSAGE_CONTENT_TYPE = "application/vnd.microsoft.activity.message";

/**
 * The bot in a meeting chat. Added to the chat, it stores the conversation reference and binds
 * the chat to a session; removed, it unbinds it. Any later conversationUpdate, @mention or
 * meeting event in a chat that is still unbound tries again, which covers a bot installed before
 * its session was scheduled.
 *
 * It records the meeting's start and end on the session, turns participants joining and leaving
 * into presence signals for the chair's roll call, answers short chat commands in Czech and
 * English, and takes ballots from the vote card's buttons.
 */
export class CouncilTeamsBot extends TeamsActivityHandler {
  private readonly readSession: ReadSession;
  private readonly submit: SubmitCommand;
  private readonly cardActions: VoteCardActions;

  constructor(private readonly options: CouncilTeamsBotOptions) {
    super();
    this.readSession = options.readSession ?? (() => undefined);
    this.submit = options.submit ?? refuseWithoutSessions;
    if (!options.readSession || !options.submit) {
      options.logger.warn("teams_bot_without_sessions");
    }
    const { logger } = options;
    this.cardActions = new VoteCardActions({
      readSession: this.readSession,
      submit: this.submit,
      logger,
    });

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
    // Not onTeamsMeetingStartEvent: its parser fails the turn on payloads we can still use.
    for (const name of ["TeamsMeetingStart", "TeamsMeetingEnd"]) {
      this.on(name, async (context, next) => {
        await this.meetingEvent(context);
        await next();
      });
    }
    for (const name of ["TeamsMeetingParticipantsJoin", "TeamsMeetingParticipantsLeave"]) {
      this.on(name, async (context, next) => {
        await this.participantsChanged(context);
        await next();
      });
    }
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { activity } = context;
    const answer = await this.cardActions.answer({
      verb: invokeValue.action?.verb,
      data: invokeValue.action?.data,
      aadObjectId: activity.from?.aadObjectId,
      lang: localeLanguage(activity.locale),
    });
    if ("card" in answer) {
      return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: { ...answer.card } };
    }
    // Universal Actions answer a message as a plain string value; botbuilder types it as an object.
    const value = answer.message as unknown as Record<string, unknown>;
    return { statusCode: 200, type: MESSAGE_CONTENT_TYPE, value };
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
    if (isCardSubmit(activity)) {
      // Our cards only have Action.Execute buttons, which arrive as invokes; an Action.Submit of
      // some other card (or a client without Universal Actions) is not ours to answer in a chat.
      this.options.logger.debug(
        { conversationId: activity.conversation.id },
        "teams_card_submit_ignored",
      );
      return;
    }
    const chat = teamsChatOf(activity);
    const mentioned = Turn.getMentions(activity).some(
      (m) => m.mentioned.id === activity.recipient.id,
    );
    // With the ChatMessage.Read.Chat permission the bot sees every message; it answers only its own.
    if (canFollowSession(chat) && !mentioned) return;

    const sessionId = await this.sessionOf(context);
    const command = parseChatCommand(commandTextOf(activity), activity.locale);
    const reply = chatReply(command, sessionId ? this.readSession(sessionId) : undefined);
    if ("text" in reply)
      await context.sendActivity({ type: "message", text: reply.text, textFormat: "markdown" });
    else await context.sendActivity(cardActivity(reply.card));
    this.options.logger.info(
      { conversationId: chat.conversationId, sessionId, command: command.kind },
      "teams_chat_command_answered",
    );
  }

  private async meetingEvent(context: TurnContext): Promise<void> {
    const reading = readMeetingEvent(context.activity);
    if (!reading) return;
    const log = this.options.logger.child({ conversationId: context.activity.conversation?.id });
    if (!reading.ok) {
      log.warn({ problem: reading.problem }, "teams_meeting_event_invalid");
      return;
    }

    const { event } = reading;
    const sessionId = await this.sessionOf(context);
    if (!sessionId) {
      log.info({ meetingId: event.meetingId, kind: event.kind }, "teams_meeting_event_unbound");
      return;
    }

    const command: Command =
      event.kind === "start"
        ? {
            type: "record_meeting_start",
            meetingId: event.meetingId,
            title: event.title,
            joinUrl: event.joinUrl,
            startTime: event.time,
          }
        : { type: "record_meeting_end", meetingId: event.meetingId, endTime: event.time };
    const outcome = await this.submit(sessionId, command, TEAMS_ACTOR);
    log.info(
      { sessionId, meetingId: event.meetingId, kind: event.kind, ...refusalOf(outcome) },
      "teams_meeting_event_recorded",
    );
  }

  private async participantsChanged(context: TurnContext): Promise<void> {
    const change = readParticipantChange(context.activity);
    if (!change) return;
    const log = this.options.logger.child({ conversationId: context.activity.conversation?.id });
    if (!context.activity.conversation?.id) {
      log.debug("teams_participants_without_conversation");
      return;
    }

    const sessionId = await this.sessionOf(context);
    const state = sessionId ? this.readSession(sessionId) : undefined;
    if (!sessionId || !state) {
      log.debug({ signal: change.signal }, "teams_participants_unbound");
      return;
    }

    // Only counts are logged: names and ids of people who are not on the roster stay out.
    const { members, unknown } = rosterMembersAmong(state, change.participants);
    if (unknown > 0) log.debug({ sessionId, unknown }, "teams_participants_not_on_roster");
    for (const member of members) {
      const command: Command = {
        type: "record_presence_signal",
        memberId: member.id,
        signal: change.signal,
        source: "teams",
      };
      const outcome = await this.submit(sessionId, command, TEAMS_ACTOR);
      if (!outcome.ok)
        log.debug(
          { sessionId, memberId: member.id, ...refusalOf(outcome) },
          "teams_presence_signal_refused",
        );
    }
    log.info(
      { sessionId, signal: change.signal, members: members.length },
      "teams_presence_signals",
    );
  }

  /** The session the chat of this turn follows, binding it first if it is not bound yet. */
  private async sessionOf(context: TurnContext): Promise<string | undefined> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) return undefined;
    const binding = await this.options.bindings.forConversation(conversationId);
    return binding?.sessionId ?? (await this.bind(context, "late"));
  }

  /** Binds the chat of this turn to the session the resolver picks; undefined when none fits. */
  private async bind(context: TurnContext, why: "bot_added" | "late"): Promise<string | undefined> {
    const { logger, bindings, resolveSession } = this.options;
    const chat = teamsChatOf(context.activity);
    const log = logger.child({
      conversationId: chat.conversationId,
      meetingId: chat.meetingId,
      why,
    });
    if (!canFollowSession(chat)) return undefined;

    const sessionId = await resolveSession(chat);
    if (!sessionId) {
      log.info("teams_chat_no_session");
      return undefined;
    }

    const boundAt = new Date((this.options.now ?? Date.now)()).toISOString();
    const reference = Turn.getConversationReference(context.activity);
    const { conversationId, meetingId } = chat;
    await bindings.bind({
      sessionId,
      conversationId,
      reference,
      boundAt,
      ...(meetingId ? { meetingId } : {}),
    });
    log.info({ sessionId }, "teams_chat_bound");
    return sessionId;
  }
}

export interface BotEndpointOptions extends BotCredentials {
  bindings: BindingStore;
  resolveSession: ResolveSession;
  logger: Logger;
  readSession?: ReadSession;
  submit?: SubmitCommand;
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
 * A body that is no usable activity is answered 400 `invalid_activity` before any turn runs.
 *
 * @example
 * const endpoint = createBotEndpoint({ bindings, resolveSession, logger, readSession, submit });
 * registerBotRoute(app, endpoint); // POST /api/messages
 */
export function createBotEndpoint(options: BotEndpointOptions): BotEndpoint {
  const adapter = createCloudAdapter(options, options.logger);
  const bot = new CouncilTeamsBot(options);
  const connector = new BotbuilderConnector(adapter, options.logger, options.appId ?? "");

  const reject = (res: ServerResponse, message: string) => {
    res.writeHead(400, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "invalid_activity", message } }));
  };
  const handle = async (req: ParsedRequest, res: ServerResponse) => {
    const problem = activityProblem(req.body);
    if (problem) {
      options.logger.warn({ problem }, "bot_activity_rejected");
      return reject(res, problem);
    }
    try {
      await adapter.process(botRequest(req), botResponse(res), (context) => bot.run(context));
    } catch (error) {
      // CloudAdapter answers failed turns itself; what escapes is a body it could not read.
      if (res.headersSent) throw error;
      options.logger.warn({ err: error }, "bot_activity_rejected");
      reject(res, String(error));
    }
  };
  return { adapter, bot, connector, handle };
}

/** Stands in for a missing session service: every command is refused, nothing is recorded. */
async function refuseWithoutSessions(): Promise<SubmitOutcome> {
  const message = "the bot was started without access to the sessions";
  return { ok: false, refusal: { code: "not_allowed", message } };
}

function refusalOf(outcome: SubmitOutcome): { refusal?: string } {
  return outcome.ok ? {} : { refusal: outcome.refusal.code };
}

/** An Action.Submit of a card: a message with a value and no text of its own. */
function isCardSubmit(activity: TurnContext["activity"]): boolean {
  const hasValue = activity.value !== undefined && activity.value !== null;
  return hasValue && !activity.text?.trim();
}

function localeLanguage(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "cs";
}
