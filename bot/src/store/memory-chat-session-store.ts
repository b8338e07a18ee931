import type { ChatSessionChoice, ChatSessionStore } from "./chat-session-store";
import { utcIso } from "./utc-iso";

/** The chat-to-session choices held in memory, for unit tests. Callers get copies. */
export class MemoryChatSessionStore implements ChatSessionStore {
  private readonly choices = new Map<string, ChatSessionChoice>();

  async choose(choice: ChatSessionChoice): Promise<void> {
    this.choices.set(choice.chatId, { ...choice, chosenAt: utcIso(choice.chosenAt) });
  }

  async forChat(chatId: string): Promise<ChatSessionChoice | undefined> {
    const choice = this.choices.get(chatId);
    return choice && { ...choice };
  }
}
