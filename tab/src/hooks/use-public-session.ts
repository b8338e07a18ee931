import { useEffect, useMemo, useState } from "react";
import type { ApiClient } from "../api/api-client";
import { createApiClient } from "../api/api-client";
import { liveFeedUrl } from "../live/live-socket";
import { LiveStore } from "../live/live-store";

/**
 * The public page's session: the live feed and the read routes, which need no sign-in. The
 * store starts on mount and stops on unmount.
 */
export function usePublicSession(sessionId: string): { api: ApiClient; store: LiveStore } {
  const api = useMemo(() => createApiClient({ getToken: async () => undefined }), []);
  const [store] = useState(() => new LiveStore({ sessionId, url: liveFeedUrl(window.location) }));

  useEffect(() => {
    store.start();
    return () => store.stop();
  }, [store]);

  return { api, store };
}
