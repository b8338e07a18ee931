import { useEffect, useState } from "react";
import type { ApiClient } from "../api/api-client";
import type { BroadcastStatus } from "../api/broadcast-status";

/** How often the broadcast link is asked again; it changes rarely and is only a hint. */
const REFRESH_MS = 15_000;

/**
 * The broadcast link's state, asked now and then; undefined while unknown and for good when the
 * service has no broadcast route (a 404), which hides the line.
 */
export function useBroadcastStatus(api: ApiClient, sessionId: string): BroadcastStatus | undefined {
  const [status, setStatus] = useState<BroadcastStatus>();

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      api.broadcast(sessionId).then(
        (found) => {
          if (!current) return;
          setStatus(found);
          if (found) timer = setTimeout(ask, REFRESH_MS);
        },
        () => {
          if (current) timer = setTimeout(ask, REFRESH_MS);
        },
      );
    };
    ask();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, sessionId]);

  return status;
}
