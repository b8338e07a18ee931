import type { SessionState } from "@council/core";
import type { BroadcastStatus } from "../api/broadcast-status";
import { safeHttpUrl } from "../api/broadcast-status";

/**
 * The public stream of a session, when one is configured: on the session itself (`streamUrl`)
 * or with the broadcast link. Only an http(s) address becomes a link.
 */
export function streamUrlOf(state: SessionState, broadcast?: BroadcastStatus): string | undefined {
  const own = safeHttpUrl((state as SessionState & { streamUrl?: unknown }).streamUrl);
  return own ?? broadcast?.streamUrl;
}
