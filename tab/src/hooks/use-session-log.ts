import type { LoggedEvent } from "@council/core";
import { useEffect, useRef, useState } from "react";
import type { ApiClient } from "../api/api-client";
import type { LiveStore } from "../live/live-store";
import { hasGap, mergeEvents } from "../session/merge-events";

/**
 * The session's log as it happens: the history from the API, then every event the live store
 * applies. Listening starts before the history is asked, so nothing falls between the two; a
 * hole (the feed resumed from a fresh snapshot) asks the history again.
 */
export function useSessionLog(
  api: ApiClient,
  sessionId: string,
  store: LiveStore,
): { events: LoggedEvent[]; loading: boolean } {
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  const [loading, setLoading] = useState(true);
  const held = useRef<LoggedEvent[]>([]);
  const loaded = useRef(false);

  useEffect(() => {
    let current = true;
    const show = (next: LoggedEvent[]) => {
      held.current = next;
      setEvents(next);
    };
    const load = () => {
      loaded.current = false;
      api.events(sessionId, 0).then(
        (history) => {
          if (!current) return;
          show(mergeEvents(held.current, history));
          loaded.current = true;
          setLoading(false);
        },
        () => current && setLoading(false),
      );
    };
    const unsubscribe = store.subscribeEvents((event) => {
      const next = mergeEvents(held.current, [event]);
      show(next);
      if (loaded.current && hasGap(next)) load();
    });
    load();
    return () => {
      current = false;
      unsubscribe();
    };
  }, [api, sessionId, store]);

  return { events, loading };
}
