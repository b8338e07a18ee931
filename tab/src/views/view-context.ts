import type { Member } from "@council/core";
import type { ApiClient } from "../api/api-client";
import type { LiveStore } from "../live/live-store";
import type { ViewName } from "../routing/view-name";
import type { TeamsHost } from "../teams/teams-context";

/** What every signed-in view is given: the session's client and store, who, where, which views. */
export interface ViewContext {
  api: ApiClient;
  store: LiveStore;
  sessionId: string;
  me: Member;
  host: TeamsHost;
  view: ViewName;
  views: ViewName[];
  navigate: (href: string) => void;
}
