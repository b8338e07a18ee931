import type { Member, SessionState } from "@council/core";

/**
 * The roster member a Teams user is, by the Entra object id Teams puts on every activity
 * (`from.aadObjectId`); the comparison ignores case, as GUIDs may come in either.
 */
export function memberForTeamsUser(
  state: SessionState,
  aadObjectId: string | undefined,
): Member | undefined {
  if (!aadObjectId) return undefined;
  const wanted = aadObjectId.toLowerCase();
  return state.members.find((member) => member.aadObjectId?.toLowerCase() === wanted);
}
