/** A delivery outcome was recorded for an outbox post that was never enqueued. */
export class OutboxPostNotFoundError extends Error {
  override readonly name = "OutboxPostNotFoundError";

  constructor(readonly id: string) {
    super(`outbox post ${id} does not exist`);
  }
}
