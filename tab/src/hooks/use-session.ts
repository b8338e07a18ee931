import { useSyncExternalStore } from "react";
import type { LiveSnapshot, LiveStore } from "../live/live-store";

/** The live session and connection state, re-rendering on every change the store reports. */
export function useSession(store: LiveStore): LiveSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
