import type { Activity } from "botbuilder";
import type { ChatSessionStore } from "../store";

/** A Teams conversation as our code sees it, without SDK types. */
export interface TeamsChat {
  conversationId: string;
  /** "personal", "groupChat" or "channel"; meeting chats are group chats. */
  conversationType?: string;
  isGroup?: boolean;
  tenantId?: string;
  /** Set for a meeting's chat: the online meeting id Teams puts in channelData. */
  meetingId?: string;
  name?: string;
}

/** Picks a session for a chat the bot was added to; undefined leaves the chat unbound. */
export type ResolveSession = (chat: TeamsChat) => Promise<string | undefined> | string | undefined;

interface TeamsChannelData {
  tenant?: { id?: string };
  meeting?: { id?: string };
}

/** Reads the chat out of an incoming activity. */
export function teamsChatOf(activity: Activity): TeamsChat {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const conversation = activity.conversation;
  return {
    conversationId: conversation.id,
    conversationType: conversation.conversationType,
    isGroup: conversation.isGroup,
    tenantId: conversation.tenantId ?? channelData.tenant?.id,
    meetingId: channelData.meeting?.id,
    name: conversation.name,
  };
}

/** Whether a session may be followed in this chat: meeting, group and channel chats, not 1:1. */
export function canFollowSession(chat: TeamsChat): boolean {
  if (chat.meetingId || chat.isGroup) return true;
  return chat.conversationType === "groupChat" || chat.conversationType === "channel";
}

/**
 * The default session resolver: the one session that is open, or failing that the one that is
 * scheduled; with none or several, the chat stays unbound until someone links it.
 */
export function onlyActiveSession(
  listSessions: () => Promise<{ id: string; status: "scheduled" | "open" | "closed" }[]>,
): ResolveSession {
  return async () => {
    const sessions = await listSessions();
    const open = sessions.filter((s) => s.status === "open");
    const scheduled = sessions.filter((s) => s.status === "scheduled");
    const pick = open.length > 0 ? open : scheduled;
    return pick.length === 1 ? pick[0]?.id : undefined;
  };
}

/**
 * The session a chair or clerk chose for the chat on the tab's configuration page, if anyone
 * did; otherwise whatever `fallback` picks (in the service, {@link onlyActiveSession}).
 *
 * @example
 * const resolveSession = chosenSessionFirst(chatSessions, onlyActiveSession(listSessions));
 */
export function chosenSessionFirst(
  choices: Pick<ChatSessionStore, "forChat">,
  fallback: ResolveSession,
): ResolveSession {
  return async (chat) => {
    const chosen = await choices.forChat(chat.conversationId);
    return chosen?.sessionId ?? (await fallback(chat));
  };
}
