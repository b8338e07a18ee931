import { initializedTeamsSdk } from "./teams-context";

/** What Teams stores for a configured tab: where its content is and what it is called. */
export interface TabConfig {
  contentUrl: string;
  websiteUrl: string;
  entityId: string;
  suggestedDisplayName: string;
}

/**
 * The tab's configuration for a session: the content address carries the session (the view is
 * chosen by the frame Teams opens it in), the website address is the public live page.
 */
export function tabConfigFor(origin: string, sessionId: string, displayName: string): TabConfig {
  const id = encodeURIComponent(sessionId);
  return {
    contentUrl: `${origin}/?session=${id}`,
    websiteUrl: `${origin}/live/${id}`,
    entityId: `council-session-${sessionId}`,
    suggestedDisplayName: displayName,
  };
}

/** The stage view of a session, as shared to the meeting stage. */
export function stageUrlFor(origin: string, sessionId: string): string {
  return `${origin}/?session=${encodeURIComponent(sessionId)}&view=stage`;
}

/** Enables or disables Teams' Save button of the configuration page. */
export function setConfigValid(valid: boolean): void {
  initializedTeamsSdk()?.pages.config.setValidityState(valid);
}

/**
 * Handles Teams' Save: `save` binds the meeting and returns the configuration, which is then
 * stored with Teams. A failure is reported to Teams with its message, so the dialog stays open.
 * Returns false outside Teams, where there is no Save button to handle.
 */
export function onConfigSave(save: () => Promise<TabConfig>): boolean {
  const teams = initializedTeamsSdk();
  if (!teams) return false;
  teams.pages.config.registerOnSaveHandler((event) => {
    save()
      .then((config) => teams.pages.config.setConfig(config))
      .then(() => event.notifySuccess())
      .catch((error: unknown) =>
        event.notifyFailure(error instanceof Error ? error.message : String(error)),
      );
  });
  return true;
}
