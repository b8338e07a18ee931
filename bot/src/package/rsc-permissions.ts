/** Who the permission is granted to act as: the app itself, or the signed-in user. */
export type RscType = "Application" | "Delegated";

/**
 * The resource-specific consent permissions Microsoft documents for a chat or meeting, with the
 * types each supports (msteams-docs, graph-api/rsc/resource-specific-consent.md, "RSC
 * permissions for a chat or meeting", 2025-02). The manifest schema accepts any string as a
 * permission name, so this list is what catches a misspelt or invented one.
 */
export const chatRscPermissions: ReadonlyMap<string, readonly RscType[]> = new Map<
  string,
  readonly RscType[]
>([
  ["Calls.AccessMedia.Chat", ["Application"]],
  ["Calls.JoinGroupCalls.Chat", ["Application"]],
  ["ChatSettings.Read.Chat", ["Application"]],
  ["ChatSettings.ReadWrite.Chat", ["Application"]],
  ["ChatMessage.Read.Chat", ["Application"]],
  ["ChatMessageReadReceipt.Read.Chat", ["Application"]],
  ["ChatMember.Read.Chat", ["Application"]],
  ["Chat.Manage.Chat", ["Application"]],
  ["TeamsTab.Read.Chat", ["Application"]],
  ["TeamsTab.Create.Chat", ["Application"]],
  ["TeamsTab.Delete.Chat", ["Application"]],
  ["TeamsTab.ReadWrite.Chat", ["Application"]],
  ["TeamsAppInstallation.Read.Chat", ["Application"]],
  ["TeamsActivity.Send.Chat", ["Application"]],
  ["OnlineMeetingTranscript.Read.Chat", ["Application"]],
  ["OnlineMeeting.ReadBasic.Chat", ["Application"]],
  ["OnlineMeetingRecording.Read.Chat", ["Application"]],
  ["OnlineMeetingNotification.Send.Chat", ["Application"]],
  ["InAppPurchase.Allow.Chat", ["Delegated"]],
  ["LiveShareSession.ReadWrite.Chat", ["Delegated"]],
  ["MeetingStage.Write.Chat", ["Delegated"]],
  ["MeetingParticipantReaction.Read.Chat", ["Delegated"]],
  ["OnlineMeetingIncomingAudio.Detect.Chat", ["Delegated"]],
  ["OnlineMeetingActiveSpeaker.Read.Chat", ["Delegated"]],
  ["OnlineMeetingAudioVideo.Stream.Chat", ["Delegated"]],
  ["OnlineMeetingParticipant.Read.Chat", ["Delegated", "Application"]],
  ["OnlineMeetingParticipant.ToggleIncomingAudio.Chat", ["Delegated"]],
]);

/** One entry of `authorization.permissions.resourceSpecific`. */
export interface RscPermission {
  name: string;
  type: string;
}

/** The RSC permissions a manifest asks for (empty when it asks for none). */
export function requestedRscPermissions(manifest: object): RscPermission[] {
  const authorization = (
    manifest as { authorization?: { permissions?: { resourceSpecific?: unknown } } }
  ).authorization;
  const requested = authorization?.permissions?.resourceSpecific;
  return Array.isArray(requested) ? (requested as RscPermission[]) : [];
}

/**
 * The requested permissions that are not documented chat or meeting permissions, or are asked
 * for with a type the permission does not support; one message each, empty when all are fine.
 */
export function rscPermissionProblems(requested: readonly RscPermission[]): string[] {
  return requested.flatMap(({ name, type }) => {
    const types = chatRscPermissions.get(name);
    if (!types) return [`${name} is not a documented chat or meeting RSC permission`];
    if (!types.includes(type as RscType)) {
      return [`${name} is granted as ${types.join(" or ")}, not ${type}`];
    }
    return [];
  });
}
