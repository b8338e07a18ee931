import type { FastifyRequest } from "fastify";
import { AuthError } from "../auth/auth-error";
import type { TokenVerifier, VerifiedIdentity } from "../auth/token-verifier";

/** The verified identity of a request's `Authorization: Bearer` token; throws AuthError. */
export async function identify(
  verifier: TokenVerifier,
  req: FastifyRequest,
): Promise<VerifiedIdentity> {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (header && !match) throw new AuthError("unauthenticated", "use the Bearer scheme");
  return verifier.verify(match?.[1]);
}
