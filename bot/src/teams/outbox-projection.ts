import type { Lang, LoggedEvent, SessionState } from "@council/core";
import { applyAll } from "@council/core";
import type { Logger } from "pino";
import type { BindingStore, ConversationBinding, NewOutboxPost, OutboxStore } from "../store";
import { cardActivity } from "./card-activity";
import { outboxPostId } from "./post-id";
import type { PlannedPost } from "./post-planner";
import { planPosts } from "./post-planner";

/** Where the projection reads committed events; the event store fits it as is. */
export interface EventSource {
  /** Committed events with seq > afterSeq, in order. */
  read(sessionId: string, afterSeq?: number): Promise<LoggedEvent[]>;
}

export interface OutboxProjectionOptions {
  events: EventSource;
  outbox: OutboxStore;
  bindings: BindingStore;
  logger: Logger;
  /** Language of the cards; Czech unless the council says otherwise. */
  lang?: Lang;
}

/** What one catch-up did: the events it planned and the posts that were new to the outbox. */
export interface ProjectionRun {
  sessionId: string;
  checkpoint: number;
  planned: number;
  enqueued: number;
}

/** The session as folded so far, with the seq of each vote's card for its later updates. */
interface Fold {
  seq: number;
  state: SessionState | undefined;
  voteOpenedSeqs: Map<string, number>;
}

/**
 * Turns committed events into outbox posts for every chat bound to the session. It plans events
 * after the outbox checkpoint, enqueues their posts under ids derived from the event, then moves
 * the checkpoint. A crash anywhere in between is safe: the next run plans the same events again,
 * and the outbox refuses the ids it already holds, so nothing is enqueued twice.
 *
 * A chat bound mid-session gets posts from the checkpoint on; updates of a vote card posted
 * before it was bound are skipped, because there is no message there to update.
 *
 * @example
 * const projection = new OutboxProjection({ events, outbox, bindings, logger });
 * await projection.catchUp("s1"); // after each commit, and for every session on start
 */
export class OutboxProjection {
  private readonly folds = new Map<string, Fold>();
  private readonly runs = new Map<string, Promise<ProjectionRun>>();

  constructor(private readonly options: OutboxProjectionOptions) {}

  /** Plans and enqueues everything after the checkpoint; runs for one session never overlap. */
  catchUp(sessionId: string): Promise<ProjectionRun> {
    const previous = this.runs.get(sessionId) ?? Promise.resolve(undefined);
    const run = previous.catch(() => undefined).then(() => this.run(sessionId));
    this.runs.set(sessionId, run);
    return run;
  }

  private async run(sessionId: string): Promise<ProjectionRun> {
    const { outbox, bindings, events } = this.options;
    const checkpoint = await outbox.getCheckpoint(sessionId);
    const fold = copyFold(this.folds.get(sessionId));
    const fresh = await events.read(sessionId, fold.seq);
    const report: ProjectionRun = { sessionId, checkpoint, planned: 0, enqueued: 0 };
    if (fresh.length === 0) return report;

    const conversations = await bindings.forSession(sessionId);
    for (const event of fresh) {
      const state = advance(fold, sessionId, event);
      if (event.seq <= checkpoint) continue;
      report.planned += 1;
      report.enqueued += await this.enqueueAll(event, state, fold, conversations);
    }

    report.checkpoint = Math.max(checkpoint, fold.seq);
    await outbox.setCheckpoint(sessionId, report.checkpoint);
    this.folds.set(sessionId, fold);
    return report;
  }

  private async enqueueAll(
    event: LoggedEvent,
    state: SessionState,
    fold: Fold,
    conversations: ConversationBinding[],
  ): Promise<number> {
    const planned = planPosts(event, state, {
      lang: this.options.lang ?? "cs",
      voteOpenedSeq: (voteId) => fold.voteOpenedSeqs.get(voteId),
    });
    let enqueued = 0;
    for (const { conversationId } of conversations) {
      for (const post of planned) {
        const added = await this.enqueue(toOutboxPost(state.id, event, post, conversationId));
        if (added) enqueued += 1;
      }
    }
    return enqueued;
  }

  private async enqueue(post: NewOutboxPost): Promise<boolean> {
    const { outbox, logger } = this.options;
    if (post.targetId && !(await outbox.get(post.targetId))) {
      logger.debug({ postId: post.id, targetId: post.targetId }, "outbox_update_without_target");
      return false;
    }
    return outbox.enqueue(post);
  }
}

function toOutboxPost(
  sessionId: string,
  event: LoggedEvent,
  planned: PlannedPost,
  conversationId: string,
): NewOutboxPost {
  const post: NewOutboxPost = {
    id: outboxPostId(sessionId, event.seq, planned.idSuffix, conversationId),
    sessionId,
    conversationId,
    kind: planned.kind,
    activity: cardActivity(planned.card),
    createdAt: event.time,
  };
  const target = planned.target;
  if (target) post.targetId = outboxPostId(sessionId, target.seq, target.suffix, conversationId);
  return post;
}

function advance(fold: Fold, sessionId: string, event: LoggedEvent): SessionState {
  fold.state = applyAll(sessionId, fold.state, [event]);
  fold.seq = event.seq;
  if (event.type === "vote_opened") fold.voteOpenedSeqs.set(event.payload.voteId, event.seq);
  return fold.state;
}

function copyFold(fold: Fold | undefined): Fold {
  if (!fold) return { seq: 0, state: undefined, voteOpenedSeqs: new Map() };
  return { ...fold, voteOpenedSeqs: new Map(fold.voteOpenedSeqs) };
}
