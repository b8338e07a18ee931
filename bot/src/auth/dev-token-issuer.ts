import { SignJWT } from "jose";
import type { DevSigningKey } from "./dev-signing-key";
import { DEV_AUDIENCE, DEV_ISSUER } from "./dev-signing-key";

/** Signs a development token for one roster member, valid for `hours` (12 by default). */
export async function issueDevToken(
  key: DevSigningKey,
  member: { id: string; name: string },
  hours = 12,
): Promise<string> {
  return new SignJWT({ name: member.name })
    .setProtectedHeader({ alg: "ES256", kid: key.kid, typ: "JWT" })
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(member.id)
    .setIssuedAt()
    .setNotBefore("0s")
    .setExpirationTime(`${hours}h`)
    .sign(key.privateKey);
}
