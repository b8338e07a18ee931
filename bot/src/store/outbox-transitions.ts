import type { NewOutboxPost, OutboxPost } from "./outbox-store";
import { utcIso } from "./utc-iso";

/** A freshly enqueued post: pending, never tried, due at once. */
export function pendingPost(input: NewOutboxPost): OutboxPost {
  const createdAt = utcIso(input.createdAt);
  const post: OutboxPost = {
    id: input.id,
    sessionId: input.sessionId,
    conversationId: input.conversationId,
    kind: input.kind,
    activity: JSON.parse(JSON.stringify(input.activity)),
    status: "pending",
    attempts: 0,
    nextAttemptAt: createdAt,
    createdAt,
  };
  if (input.targetId !== undefined) post.targetId = input.targetId;
  return post;
}

/** The post after the connector accepted it; delivering twice keeps the first record. */
export function deliveredPost(
  post: OutboxPost,
  activityId: string | undefined,
  atIso: string,
): OutboxPost {
  if (post.status === "delivered") return post;

  const next: OutboxPost = {
    ...post,
    status: "delivered",
    attempts: post.attempts + 1,
    deliveredAt: utcIso(atIso),
  };
  if (activityId !== undefined) next.activityId = activityId;
  return next;
}

/** The post after a failed attempt that will be tried again. */
export function retriedPost(post: OutboxPost, nextAttemptAtIso: string, error: string): OutboxPost {
  if (post.status === "delivered") return post;

  return {
    ...post,
    status: "pending",
    attempts: post.attempts + 1,
    nextAttemptAt: utcIso(nextAttemptAtIso),
    lastError: error,
  };
}

/** The post after a failed attempt that ends its delivery. */
export function failedPost(post: OutboxPost, error: string): OutboxPost {
  if (post.status === "delivered") return post;

  return { ...post, status: "failed", attempts: post.attempts + 1, lastError: error };
}
