import type { Member, SessionState } from "@council/core";
import { DEV_ISSUER } from "./dev-signing-key";
import type { VerifiedIdentity } from "./token-verifier";

/**
 * The roster member a verified identity speaks for in one session: development tokens name the
 * member id, Microsoft Entra tokens the member's object id.
 */
export function memberForIdentity(
  state: SessionState,
  identity: VerifiedIdentity,
): Member | undefined {
  if (identity.issuer === DEV_ISSUER) return state.members.find((m) => m.id === identity.subject);
  return state.members.find((m) => m.aadObjectId === identity.subject);
}
