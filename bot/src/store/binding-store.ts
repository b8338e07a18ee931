/** A Teams conversation (meeting chat) bound to a council session, with what the bot needs to post. */
export interface ConversationBinding {
  sessionId: string;
  conversationId: string;
  /** The Teams online meeting whose chat this is (channelData.meeting.id); absent outside meetings. */
  meetingId?: string;
  /** The Bot Framework ConversationReference, kept as the connector gave it. */
  reference: unknown;
  boundAt: string;
}

/**
 * Which chats follow which session. A conversation follows at most one session, so binding it
 * again moves it; a session may be followed by several conversations.
 */
export interface BindingStore {
  bind(binding: ConversationBinding): Promise<void>;
  unbind(conversationId: string): Promise<void>;
  /** The conversations following a session, oldest binding first. */
  forSession(sessionId: string): Promise<ConversationBinding[]>;
  forConversation(conversationId: string): Promise<ConversationBinding | undefined>;
}
