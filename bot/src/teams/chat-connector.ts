/**
 * How the outbox reaches a chat. The only seam between our code and the Bot Framework SDK:
 * moving to its successor means a new implementation of this interface, nothing else.
 */
export interface ChatConnector {
  /** Posts a new message into the conversation the reference names; resolves with its id. */
  post(reference: unknown, activity: unknown): Promise<{ activityId?: string }>;
  /** Replaces an earlier message of the bot in place. */
  update(reference: unknown, activityId: string, activity: unknown): Promise<void>;
}

/** A delivery the connector service did not accept, with what a retry decision needs. */
export class ConnectorError extends Error {
  override readonly name = "ConnectorError";

  constructor(
    message: string,
    /** The HTTP status, or undefined when no response came (network error, timeout). */
    readonly status: number | undefined,
    /** The Retry-After header as sent: seconds, or an HTTP date. */
    readonly retryAfter?: string,
    /** The service's or the socket's error code, e.g. "ECONNREFUSED". */
    readonly code?: string,
  ) {
    super(message);
  }
}
