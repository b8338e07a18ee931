import type { Command, Member, SessionState } from "@council/core";
import type { VerifiedIdentity } from "../auth/token-verifier";
import type { ApiRefusal } from "./api-refusal";
import { isChairAction } from "./chair-action";
import type { MeetingAuthority } from "./meeting-authority";
import { meetingOf, requireMeetingPresenter } from "./meeting-authority";

export interface AuthorizeInput {
  /** Absent when the service runs without the Teams bot: no session is then in a meeting. */
  meetings?: MeetingAuthority;
  /** The session as it stands; absent for a session being created. */
  state?: SessionState;
  command: Command;
  member: Member;
  identity: VerifiedIdentity;
}

/**
 * The API's one authorization step before the core decides. The core checks the roster role
 * (chair, clerk); in a session bound to a Teams meeting, a chair's action also needs Teams to
 * say, at this request, that the person is the meeting's organizer or a presenter. Roster
 * members without the chair's rights are left to the core, which refuses them with `not_chair`
 * without Teams being asked. Throws a MeetingApiError when Teams cannot answer.
 */
export async function authorize(input: AuthorizeInput): Promise<ApiRefusal | undefined> {
  const { meetings, state, command, member, identity } = input;
  if (!meetings || !state) return undefined;
  if (member.role === "member" || !isChairAction(command, state, member.id)) return undefined;

  const meeting = await meetingOf(meetings.bindings, state.id);
  if (!meeting) return undefined;

  return requireMeetingPresenter(meetings.roles, meeting, member, identity);
}
