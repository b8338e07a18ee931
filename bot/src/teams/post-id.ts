/**
 * The outbox id of a post: `${sessionId}:${seq}:${suffix}@${conversationId}`. It is derived
 * only from the event that caused the post and the chat it goes to, so planning the same event
 * again yields the same id and the outbox refuses it as a duplicate.
 *
 * @example
 * outboxPostId("s1", 42, "vote", "19:meeting_x@thread.v2") // "s1:42:vote@19:meeting_x@thread.v2"
 */
export function outboxPostId(
  sessionId: string,
  seq: number,
  suffix: string,
  conversationId: string,
): string {
  return `${sessionId}:${seq}:${suffix}@${conversationId}`;
}

/** The event seq an outbox id was derived from; NaN for an id this module did not make. */
export function seqOfPostId(post: { id: string; sessionId: string }): number {
  const prefix = `${post.sessionId}:`;
  if (!post.id.startsWith(prefix)) return Number.NaN;

  const rest = post.id.slice(prefix.length);
  return Number.parseInt(rest.slice(0, rest.indexOf(":")), 10);
}
