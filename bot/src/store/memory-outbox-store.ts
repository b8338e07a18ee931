import { OutboxPostNotFoundError } from "./outbox-post-not-found-error";
import type { NewOutboxPost, OutboxPost, OutboxStore } from "./outbox-store";
import { deliveredPost, failedPost, pendingPost, retriedPost } from "./outbox-transitions";
import { utcIso } from "./utc-iso";

/** The outbox contract held in memory, for unit tests of the bot. Callers get copies. */
export class MemoryOutboxStore implements OutboxStore {
  // A Map iterates in insertion order, which breaks ties between posts created at the same time.
  private readonly posts = new Map<string, OutboxPost>();
  private readonly checkpoints = new Map<string, number>();

  async enqueue(input: NewOutboxPost): Promise<boolean> {
    if (this.posts.has(input.id)) return false;

    this.posts.set(input.id, pendingPost(input));
    return true;
  }

  async due(nowIso: string, limit: number): Promise<OutboxPost[]> {
    const now = utcIso(nowIso);
    const due = this.inCreationOrder().filter(
      (post) => post.status === "pending" && post.nextAttemptAt <= now,
    );
    return structuredClone(due.slice(0, limit));
  }

  async get(id: string): Promise<OutboxPost | undefined> {
    return structuredClone(this.posts.get(id));
  }

  async markDelivered(id: string, activityId: string | undefined, atIso: string): Promise<void> {
    this.update(id, (post) => deliveredPost(post, activityId, atIso));
  }

  async markRetry(id: string, nextAttemptAtIso: string, error: string): Promise<void> {
    this.update(id, (post) => retriedPost(post, nextAttemptAtIso, error));
  }

  async markFailed(id: string, error: string): Promise<void> {
    this.update(id, (post) => failedPost(post, error));
  }

  async list(sessionId: string): Promise<OutboxPost[]> {
    return structuredClone(this.inCreationOrder().filter((post) => post.sessionId === sessionId));
  }

  async getCheckpoint(sessionId: string): Promise<number> {
    return this.checkpoints.get(sessionId) ?? 0;
  }

  async setCheckpoint(sessionId: string, seq: number): Promise<void> {
    this.checkpoints.set(sessionId, seq);
  }

  private inCreationOrder(): OutboxPost[] {
    return [...this.posts.values()].sort((a, b) => compare(a.createdAt, b.createdAt));
  }

  private update(id: string, change: (post: OutboxPost) => OutboxPost): void {
    const post = this.posts.get(id);
    if (!post) throw new OutboxPostNotFoundError(id);

    this.posts.set(id, change(post));
  }
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
