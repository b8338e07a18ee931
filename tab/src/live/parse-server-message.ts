import type { ServerMessage } from "@council/core";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isLoggedEvent(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.type === "string" &&
    typeof value.seq === "number" &&
    isRecord(value.payload)
  );
}

/**
 * Checks the shape of a live-feed frame at the edge. The payload of an event is trusted to the
 * core's fold, but a frame that is not JSON or misses the fields the store relies on is dropped.
 */
export function parseServerMessage(data: string): ServerMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || typeof value.type !== "string") return undefined;

  switch (value.type) {
    case "hello":
      return typeof value.protocol === "number" ? (value as ServerMessage) : undefined;
    case "snapshot":
      return typeof value.sessionId === "string" &&
        typeof value.seq === "number" &&
        isRecord(value.state)
        ? (value as ServerMessage)
        : undefined;
    case "event":
      return typeof value.sessionId === "string" && isLoggedEvent(value.event)
        ? (value as ServerMessage)
        : undefined;
    case "pong":
      return value as ServerMessage;
    case "error":
      return typeof value.code === "string" ? (value as ServerMessage) : undefined;
    default:
      return undefined;
  }
}
