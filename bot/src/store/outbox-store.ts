/** Where a post is in its delivery: waiting (maybe for a retry), sent, or given up. */
export type OutboxStatus = "pending" | "delivered" | "failed";

/**
 * One message the bot owes a meeting chat. The outbox is durable, so a post survives a restart;
 * it is keyed by the caller's idempotency key, so it is never posted twice; and it keeps its
 * delivery record, so it doubles as the clerk's chat log of the session.
 */
export interface OutboxPost {
  /** Idempotency key chosen by the caller, e.g. `${sessionId}:${seq}:vote-card`. */
  id: string;
  sessionId: string;
  conversationId: string;
  /** `update` replaces an earlier post's activity in place. */
  kind: "post" | "update";
  /** For an update: the outbox id of the post whose activityId gets updated. */
  targetId?: string;
  /** The Bot Framework activity JSON to send. */
  activity: unknown;
  status: OutboxStatus;
  attempts: number;
  /** UTC ISO 8601; the post is not due before this. */
  nextAttemptAt: string;
  createdAt: string;
  deliveredAt?: string;
  /** The id the connector returned for the sent activity. */
  activityId?: string;
  lastError?: string;
}

/** What a caller supplies to enqueue a post; the outbox fills in the delivery fields. */
export type NewOutboxPost = Pick<
  OutboxPost,
  "id" | "sessionId" | "conversationId" | "kind" | "targetId" | "activity" | "createdAt"
>;

/**
 * The durable outbox of chat posts, plus the checkpoint of the projection that fills it.
 * Times are stored as UTC ISO 8601 with milliseconds (as `Date#toISOString` writes them), so
 * `due` can compare them as text. Every delivery outcome counts as one attempt; a delivered post
 * stays delivered whatever is recorded after it.
 */
export interface OutboxStore {
  /** Adds a pending post, due at createdAt; false if the id exists already (never a duplicate). */
  enqueue(post: NewOutboxPost): Promise<boolean>;
  /** Pending posts with nextAttemptAt <= now, oldest first, at most `limit`. */
  due(nowIso: string, limit: number): Promise<OutboxPost[]>;
  get(id: string): Promise<OutboxPost | undefined>;
  markDelivered(id: string, activityId: string | undefined, atIso: string): Promise<void>;
  /** Counts an attempt and schedules the next one. */
  markRetry(id: string, nextAttemptAtIso: string, error: string): Promise<void>;
  /** Counts an attempt and gives the post up. */
  markFailed(id: string, error: string): Promise<void>;
  /** The session's chat log, in creation order. */
  list(sessionId: string): Promise<OutboxPost[]>;
  /** The last event seq the outbox projection handled for the session; 0 before any. */
  getCheckpoint(sessionId: string): Promise<number>;
  setCheckpoint(sessionId: string, seq: number): Promise<void>;
}
