import type { BindingStore, ConversationBinding } from "./binding-store";
import { utcIso } from "./utc-iso";

/** The binding contract held in memory, for unit tests of the bot. Callers get copies. */
export class MemoryBindingStore implements BindingStore {
  private readonly bindings = new Map<string, ConversationBinding>();

  async bind(binding: ConversationBinding): Promise<void> {
    // Deleting first moves a rebound conversation to the end, as a fresh binding.
    this.bindings.delete(binding.conversationId);
    this.bindings.set(binding.conversationId, toStored(binding));
  }

  async unbind(conversationId: string): Promise<void> {
    this.bindings.delete(conversationId);
  }

  async forSession(sessionId: string): Promise<ConversationBinding[]> {
    const found = [...this.bindings.values()].filter((b) => b.sessionId === sessionId);
    return structuredClone(found.sort((a, b) => compare(a.boundAt, b.boundAt)));
  }

  async forConversation(conversationId: string): Promise<ConversationBinding | undefined> {
    return structuredClone(this.bindings.get(conversationId));
  }
}

function toStored(binding: ConversationBinding): ConversationBinding {
  const stored: ConversationBinding = {
    sessionId: binding.sessionId,
    conversationId: binding.conversationId,
    reference: JSON.parse(JSON.stringify(binding.reference)),
    boundAt: utcIso(binding.boundAt),
  };
  if (binding.meetingId) stored.meetingId = binding.meetingId;
  return stored;
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
