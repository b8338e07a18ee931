import type { CloudAdapter, ConversationReference } from "botbuilder";
import { TurnContext } from "botbuilder";
import type { ConnectorClient } from "botframework-connector";
import type { Logger } from "pino";
import type { ChatConnector } from "./chat-connector";
import { ConnectorError } from "./chat-connector";

/** The name @azure/core-rest-pipeline gives the retry policy of every botbuilder connector. */
const SDK_RETRY_POLICY = "defaultRetryPolicy";

type Address = ConversationReference & { conversation: { id: string }; serviceUrl: string };

/**
 * The outbox's way into Teams through botbuilder: a proactive turn on the CloudAdapter
 * (`continueConversationAsync` with the stored ConversationReference) hands us the connector
 * client botbuilder authenticated for that serviceUrl, and we call the Bot Connector with it:
 * POST `/v3/conversations/{id}/activities` to post, PUT `.../activities/{activityId}` to update.
 *
 * Two choices differ from `context.sendActivity`, on purpose:
 * - a proactive `sendActivity` becomes a reply to the made-up id of the continuation activity;
 *   `sendToConversation` posts a plain new message, as a chat log should be;
 * - the SDK's HTTP pipeline retries 429 and 5xx by itself, sleeping in-process; we remove that
 *   policy so the outbox worker alone decides when to retry, records every attempt, and tests
 *   can run on fake time.
 */
export class BotbuilderConnector implements ChatConnector {
  private warnedAboutRetries = false;

  constructor(
    private readonly adapter: CloudAdapter,
    private readonly logger: Logger,
    /** The bot's app id; empty when running without credentials. */
    private readonly appId = "",
  ) {}

  async post(reference: unknown, activity: unknown): Promise<{ activityId?: string }> {
    return this.withClient(reference, async (client, address) => {
      const outgoing = addressed(activity, address);
      const response = await client.conversations.sendToConversation(
        address.conversation.id,
        outgoing,
      );
      return { activityId: response.id };
    });
  }

  async update(reference: unknown, activityId: string, activity: unknown): Promise<void> {
    await this.withClient(reference, async (client, address) => {
      const outgoing = { ...addressed(activity, address), id: activityId };
      await client.conversations.updateActivity(address.conversation.id, activityId, outgoing);
    });
  }

  private async withClient<T>(
    reference: unknown,
    use: (client: ConnectorClient, address: Address) => Promise<T>,
  ): Promise<T> {
    const address = toAddress(reference);
    // The adapter's onTurnError may swallow errors, so the outcome is carried out explicitly.
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;

    await this.adapter.continueConversationAsync(this.appId, address, async (context) => {
      const client = context.turnState.get<ConnectorClient>(this.adapter.ConnectorClientKey);
      this.removeSdkRetries(client);
      try {
        outcome = { ok: true, value: await use(client, address) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });

    if (!outcome) throw new Error("botbuilder ran no turn for the conversation reference");
    if (!outcome.ok) throw toConnectorError(outcome.error);
    return outcome.value;
  }

  private removeSdkRetries(client: ConnectorClient): void {
    // The pipeline sits in a private field of the compat ServiceClient; if a botbuilder release
    // moves it, we fall back to SDK retries beneath ours and say so once.
    const pipeline = (client as unknown as { client?: { pipeline?: PipelineLike } }).client
      ?.pipeline;
    const removed = pipeline?.removePolicy({ name: SDK_RETRY_POLICY }) ?? [];
    if (removed.length > 0 || this.warnedAboutRetries) return;

    this.warnedAboutRetries = true;
    this.logger.warn({ policy: SDK_RETRY_POLICY }, "connector_sdk_retry_policy_not_removed");
  }
}

interface PipelineLike {
  removePolicy(options: { name: string }): unknown[];
}

function toAddress(reference: unknown): Address {
  const candidate = reference as Partial<ConversationReference> | undefined;
  if (typeof candidate?.serviceUrl !== "string" || typeof candidate.conversation?.id !== "string") {
    throw new ConnectorError("conversation reference lacks serviceUrl or conversation id", 400);
  }
  // No activityId: the address of a conversation, not a reply to one of its messages.
  return { ...candidate, activityId: undefined } as Address;
}

function addressed(activity: unknown, address: Address): Record<string, unknown> {
  const copy = { ...(activity as Record<string, unknown>) };
  return TurnContext.applyConversationReference(copy, address) as Record<string, unknown>;
}

interface RestErrorLike {
  message?: string;
  statusCode?: number;
  code?: string;
  response?: { headers?: { get(name: string): string | undefined } };
}

/** Maps what the SDK throws (an @azure RestError, with or without a response) to ours. */
function toConnectorError(error: unknown): unknown {
  if (error instanceof ConnectorError) return error;
  const rest = error as RestErrorLike | undefined;
  if (!rest || (typeof rest.statusCode !== "number" && typeof rest.code !== "string")) return error;

  const retryAfter = rest.response?.headers?.get("retry-after");
  return new ConnectorError(
    rest.message ?? "connector call failed",
    rest.statusCode,
    retryAfter,
    rest.code,
  );
}
