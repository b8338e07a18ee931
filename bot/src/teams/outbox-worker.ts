import type { Logger } from "pino";
import type { BindingStore, ConversationBinding, OutboxPost, OutboxStore } from "../store";
import type { ChatConnector } from "./chat-connector";
import { seqOfPostId } from "./post-id";
import type { RetryPolicy } from "./retry-policy";
import { defaultRetryPolicy, judgeFailure } from "./retry-policy";

/** Timer functions, injected so tests can run the worker's loop on fake time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface OutboxWorkerOptions {
  outbox: OutboxStore;
  bindings: BindingStore;
  connector: ChatConnector;
  logger: Logger;
  /** Milliseconds since the epoch; Date.now unless a test sets the time. */
  now?: () => number;
  timers?: Timers;
  /** Uniform in [0, 1), for backoff jitter. */
  random?: () => number;
  policy?: RetryPolicy;
  /** Posts sent per pass at most. */
  batchSize?: number;
  /** Pause between passes when nobody calls kick(). */
  pollIntervalMs?: number;
}

/** What happened to one post in a pass. */
export type DeliveryOutcome = "delivered" | "retry" | "failed" | "superseded" | "waiting";

/** The count of each outcome in one pass. */
export type DeliveryPass = Record<DeliveryOutcome, number>;

const globalTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Delivers due outbox posts to their chats, at least once and, outside one crash window, exactly
 * once: a post is marked delivered right after the connector accepts it, and a delivered post is
 * never due again. If the process dies between the connector's answer and that mark, the post is
 * sent again after the restart, because the Bot Connector has no idempotency key (botbuilder even
 * strips a client-chosen activity id). So: at most one duplicate per post, only in that window.
 *
 * Order and coalescing:
 * - posts into one chat go out in event order: a post waits while an earlier one is pending;
 * - an update waits until its target is delivered (it needs the target's activity id), and is
 *   dropped as superseded when a newer update of the same target exists, so a burst of ballots
 *   becomes one PUT with the latest tally per pass, and the result card always wins;
 * - 429, 5xx and network errors retry with backoff (Retry-After honoured), other 4xx fail.
 *
 * @example
 * const worker = new OutboxWorker({ outbox, bindings, connector, logger });
 * worker.start();
 * worker.kick(); // after the projection enqueued something
 */
export class OutboxWorker {
  private pass: Promise<DeliveryPass> = Promise.resolve(emptyPass());
  private timer: unknown;
  private running = false;
  /** A tick is between its start and scheduling the next; kicks then only ask it to hurry. */
  private ticking = false;
  private kicked = false;

  constructor(private readonly options: OutboxWorkerOptions) {}

  /** One pass over the due posts. Concurrent calls queue up: passes never overlap. */
  runOnce(): Promise<DeliveryPass> {
    this.pass = this.pass.catch(() => emptyPass()).then(() => this.deliverDue());
    return this.pass;
  }

  /** Starts passes every pollIntervalMs (2 s by default), the first at once. */
  start(): void {
    if (this.running) return;
    this.running = true;
    if (!this.ticking) this.schedule(0);
  }

  /** Asks for a pass now instead of at the next poll. */
  kick(): void {
    if (!this.running) return;
    if (this.ticking) {
      this.kicked = true;
      return;
    }
    this.timers.clearTimeout(this.timer);
    this.schedule(0);
  }

  /** Stops the loop and waits for a pass in progress. */
  async stop(): Promise<void> {
    this.running = false;
    this.timers.clearTimeout(this.timer);
    await this.pass.catch(() => emptyPass());
  }

  private get timers(): Timers {
    return this.options.timers ?? globalTimers;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private schedule(ms: number): void {
    this.timer = this.timers.setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    this.ticking = true;
    try {
      await this.runOnce();
    } catch (error) {
      this.options.logger.error({ err: error }, "outbox_pass_failed");
    } finally {
      this.ticking = false;
    }

    const delay = this.kicked ? 0 : (this.options.pollIntervalMs ?? 2_000);
    this.kicked = false;
    if (this.running) this.schedule(delay);
  }

  private async deliverDue(): Promise<DeliveryPass> {
    const batchSize = this.options.batchSize ?? 20;
    const now = new Date(this.now()).toISOString();
    // Read past the batch: posts that only wait for an earlier one must not starve other chats.
    const due = await this.options.outbox.due(now, batchSize * 4);
    const pass = emptyPass();

    for (const post of due) {
      if (pass.delivered + pass.retry + pass.failed >= batchSize) break;
      pass[await this.deliver(post)] += 1;
    }
    return pass;
  }

  private async deliver(post: OutboxPost): Promise<DeliveryOutcome> {
    const binding = await this.options.bindings.forConversation(post.conversationId);
    if (!binding) return this.fail(post, "conversation no longer bound");
    if (binding.sessionId !== post.sessionId) {
      return this.fail(post, `conversation now follows session ${binding.sessionId}`);
    }

    return post.kind === "post"
      ? this.deliverPost(post, binding)
      : this.deliverUpdate(post, binding);
  }

  private async deliverPost(
    post: OutboxPost,
    binding: ConversationBinding,
  ): Promise<DeliveryOutcome> {
    const siblings = await this.options.outbox.list(post.sessionId);
    const earlier = siblings.some(
      (other) =>
        other.kind === "post" &&
        other.status === "pending" &&
        other.conversationId === post.conversationId &&
        seqOfPostId(other) < seqOfPostId(post),
    );
    if (earlier) return "waiting";

    return this.attempt(post, () => this.options.connector.post(binding.reference, post.activity));
  }

  private async deliverUpdate(
    post: OutboxPost,
    binding: ConversationBinding,
  ): Promise<DeliveryOutcome> {
    const newer = await this.newerUpdate(post);
    if (newer) {
      // Recorded as failed with the reason, not as delivered: this card never reached the chat.
      await this.options.outbox.markFailed(post.id, `superseded by ${newer.id}`);
      return "superseded";
    }

    const target = post.targetId ? await this.options.outbox.get(post.targetId) : undefined;
    if (target?.status === "pending") return "waiting";
    const activityId = target?.activityId;
    if (!target || target.status === "failed" || !activityId) {
      return this.fail(post, `target ${post.targetId ?? "(none)"} was not delivered`);
    }

    return this.attempt(post, async () => {
      await this.options.connector.update(binding.reference, activityId, post.activity);
      return { activityId };
    });
  }

  private async newerUpdate(post: OutboxPost): Promise<OutboxPost | undefined> {
    const siblings = await this.options.outbox.list(post.sessionId);
    return siblings.find(
      (other) =>
        other.kind === "update" &&
        other.targetId === post.targetId &&
        other.status !== "failed" &&
        seqOfPostId(other) > seqOfPostId(post),
    );
  }

  private async attempt(
    post: OutboxPost,
    send: () => Promise<{ activityId?: string }>,
  ): Promise<DeliveryOutcome> {
    const { outbox, logger } = this.options;
    const log = logger.child({ postId: post.id, sessionId: post.sessionId, kind: post.kind });
    let activityId: string | undefined;
    try {
      ({ activityId } = await send());
    } catch (error) {
      return this.recordFailure(post, error, log);
    }

    // A store failure here is not a delivery failure: it must not schedule a second send.
    await outbox.markDelivered(post.id, activityId, new Date(this.now()).toISOString());
    log.info({ activityId, attempt: post.attempts + 1 }, "outbox_post_delivered");
    return "delivered";
  }

  private async recordFailure(
    post: OutboxPost,
    error: unknown,
    log: Logger,
  ): Promise<DeliveryOutcome> {
    const attempt = post.attempts + 1;
    const now = this.now();
    const verdict = judgeFailure(
      error,
      attempt,
      this.options.policy ?? defaultRetryPolicy,
      now,
      this.options.random ?? Math.random,
    );
    if (verdict.action === "fail") return this.fail(post, verdict.reason);

    const nextAttemptAt = new Date(now + verdict.delayMs).toISOString();
    await this.options.outbox.markRetry(post.id, nextAttemptAt, verdict.reason);
    log.warn({ attempt, nextAttemptAt, reason: verdict.reason }, "outbox_post_retry");
    return "retry";
  }

  private async fail(post: OutboxPost, reason: string): Promise<DeliveryOutcome> {
    await this.options.outbox.markFailed(post.id, reason);
    this.options.logger.error(
      { postId: post.id, sessionId: post.sessionId, reason },
      "outbox_post_failed",
    );
    return "failed";
  }
}

function emptyPass(): DeliveryPass {
  return { delivered: 0, retry: 0, failed: 0, superseded: 0, waiting: 0 };
}
