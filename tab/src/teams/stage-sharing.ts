import { initializedTeamsSdk } from "./teams-context";

/** Frames from which Teams lets an app put content on the meeting stage. */
const sharingFrames = new Set(["sidePanel", "meetingStage"]);

/**
 * Whether this user may share the app to the meeting stage: inside Teams, in a side panel or on
 * the stage, when Teams says the app has the permission. False everywhere else, never an error,
 * so the button simply does not show.
 */
export function canShareToStage(frameContext: string | undefined): Promise<boolean> {
  const teams = initializedTeamsSdk();
  if (!teams || !frameContext || !sharingFrames.has(frameContext)) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      teams.meeting.getAppContentStageSharingCapabilities((error, capabilities) => {
        resolve(!error && capabilities?.doesAppHaveSharePermission === true);
      });
    } catch {
      // Older clients throw outside a meeting: no stage, no button.
      resolve(false);
    }
  });
}

/** Shares a page (the stage view) to the meeting stage; rejects with Teams' error message. */
export function shareToStage(url: string): Promise<void> {
  const teams = initializedTeamsSdk();
  if (!teams) return Promise.reject(new Error("not inside Teams"));
  return new Promise((resolve, reject) => {
    teams.meeting.shareAppContentToStage((error, shared) => {
      if (error || !shared) reject(new Error(error?.message ?? "Teams did not share the stage"));
      else resolve();
    }, url);
  });
}
