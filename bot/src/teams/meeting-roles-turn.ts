import type { CloudAdapter, ConversationReference, TurnContext } from "botbuilder";
import { MeetingApiError, toMeetingApiError } from "./meeting-roles-api-error";

/** Where a meeting is reached: the meeting chat's stored reference and the meeting's id. */
export interface MeetingAddress {
  /** The Bot Framework ConversationReference stored when the bot joined the meeting chat. */
  reference: unknown;
  meetingId: string;
}

/**
 * Runs `use` in a proactive botbuilder turn on the meeting chat (`continueConversationAsync`
 * with the stored reference), so TeamsInfo calls go to the chat's serviceUrl with the bot's
 * credentials. Whatever fails comes out as a MeetingApiError; the adapter's onTurnError never
 * sees it, so a refused role check is not logged as a crashed bot turn.
 */
export async function inMeetingTurn<T>(
  adapter: CloudAdapter,
  appId: string,
  address: MeetingAddress,
  use: (context: TurnContext) => Promise<T>,
): Promise<T> {
  const reference = referenceOf(address);
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;

  try {
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      try {
        outcome = { ok: true, value: await use(context) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
  } catch (error) {
    throw toMeetingApiError(error, address.meetingId);
  }

  if (!outcome) throw toMeetingApiError(new Error("botbuilder ran no turn"), address.meetingId);
  if (!outcome.ok) throw toMeetingApiError(outcome.error, address.meetingId);
  return outcome.value;
}

function referenceOf(address: MeetingAddress): ConversationReference {
  const candidate = address.reference as Partial<ConversationReference> | undefined;
  if (typeof candidate?.serviceUrl !== "string" || typeof candidate.conversation?.id !== "string") {
    const message = "the meeting chat's stored reference lacks a serviceUrl or conversation id";
    throw new MeetingApiError("teams_unavailable", message, address.meetingId);
  }
  return { ...candidate, activityId: undefined } as ConversationReference;
}

/** The tenant of the meeting chat, as Teams put it in the stored reference. */
export function tenantOf(address: MeetingAddress): string | undefined {
  const conversation = (address.reference as { conversation?: { tenantId?: unknown } } | undefined)
    ?.conversation;
  return typeof conversation?.tenantId === "string" ? conversation.tenantId : undefined;
}
