/**
 * The session a Teams chat follows, as a chair or clerk chose it on the tab's configuration
 * page. It outranks any guess the bot makes when it is added to the chat.
 */
export interface ChatSessionChoice {
  /** The Teams chat id, which is the bot's conversation id for that chat. */
  chatId: string;
  sessionId: string;
  /** The roster member id of the chair or clerk who chose. */
  chosenBy: string;
  chosenAt: string;
}

/** Which session each chat was linked to; a chat has at most one, the latest choice. */
export interface ChatSessionStore {
  /** Records the choice, replacing any earlier one for the same chat. */
  choose(choice: ChatSessionChoice): Promise<void>;
  forChat(chatId: string): Promise<ChatSessionChoice | undefined>;
}
