import type { Member } from "@council/core";
import type { VerifiedIdentity } from "../auth/token-verifier";
import type { BindingStore } from "../store";
import type { MeetingRoles } from "../teams/meeting-roles";
import { runsTheMeeting } from "../teams/meeting-roles";
import type { MeetingAddress } from "../teams/meeting-roles-turn";
import type { ApiRefusal } from "./api-refusal";

/** Where a session's Teams meeting is, and how to ask Teams who runs it. */
export interface MeetingAuthority {
  bindings: Pick<BindingStore, "forSession">;
  roles: MeetingRoles;
}

/**
 * The Teams meeting a session runs in: the latest binding of a meeting chat, or undefined when
 * the session follows no meeting (a plain group chat, or no chat at all).
 */
export async function meetingOf(
  bindings: MeetingAuthority["bindings"],
  sessionId: string,
): Promise<MeetingAddress | undefined> {
  const all = await bindings.forSession(sessionId);
  const latest = all.filter((binding) => binding.meetingId).at(-1);
  if (!latest?.meetingId) return undefined;
  return { reference: latest.reference, meetingId: latest.meetingId };
}

/**
 * Asks Teams, now, whether the roster member runs the meeting (organizer or presenter). The
 * member is looked up by the Entra object id the roster holds for them, which for a Teams
 * sign-in is the verified token's `oid`: nothing the client says about roles is used. Throws a
 * MeetingApiError when Teams cannot answer.
 */
export async function requireMeetingPresenter(
  roles: MeetingRoles,
  meeting: MeetingAddress,
  member: Member,
  identity: VerifiedIdentity,
): Promise<ApiRefusal | undefined> {
  if (!member.aadObjectId) {
    return {
      code: "not_meeting_presenter",
      message: "the roster has no Microsoft Entra id for you, so Teams cannot confirm your role",
    };
  }
  const who = { aadObjectId: member.aadObjectId, tenantId: identity.tenantId };
  const participation = await roles.participation(meeting, who);
  if (runsTheMeeting(participation)) return undefined;
  return {
    code: "not_meeting_presenter",
    message: "in a Teams meeting only its organizer or a presenter may do this",
  };
}
