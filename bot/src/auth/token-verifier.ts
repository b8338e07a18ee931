import { decodeJwt, errors, jwtVerify } from "jose";
import type { JWTPayload, JWTVerifyGetKey } from "jose";
import { AuthError } from "./auth-error";
import { KeySetUnavailableError } from "./key-set-unavailable-error";

/** The largest clock skew the verifier tolerates, in seconds. */
export const MAX_CLOCK_TOLERANCE_SECONDS = 60;

/** An issuer whose tokens the service accepts, with the keys that sign them. */
export interface TrustedIssuer {
  issuer: string;
  /** The audience, or several accepted audiences (Entra: the app id URI and the client id). */
  audience: string | string[];
  keys: JWTVerifyGetKey;
  algorithms: string[];
  /** When set, the token's `tid` claim must equal it (Microsoft Entra tenants). */
  tenantId?: string;
  /** Which claim names the person: `sub` for development tokens, `oid` for Entra. */
  subjectClaim: "sub" | "oid";
}

/** Who a verified token speaks for. */
export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  tenantId?: string;
  name?: string;
}

/**
 * Verifies bearer tokens: signature against the issuer's keys, issuer, audience, tenant, expiry
 * and not-before with a small clock skew. Development tokens and Teams SSO tokens take the same
 * path; there is no way to switch verification off.
 */
export class TokenVerifier {
  constructor(
    private readonly issuers: readonly TrustedIssuer[],
    private readonly clockToleranceSeconds = MAX_CLOCK_TOLERANCE_SECONDS,
  ) {
    const tolerance = clockToleranceSeconds;
    if (!Number.isInteger(tolerance) || tolerance < 0 || tolerance > MAX_CLOCK_TOLERANCE_SECONDS) {
      throw new RangeError(
        `clock tolerance must be 0 to ${MAX_CLOCK_TOLERANCE_SECONDS} seconds, not ${tolerance}`,
      );
    }
  }

  async verify(token: string | undefined): Promise<VerifiedIdentity> {
    if (!token) throw new AuthError("unauthenticated", "a bearer token is required");
    const trusted = this.issuerOf(token);

    const payload = await this.check(token, trusted);

    const subject = payload[trusted.subjectClaim];
    if (typeof subject !== "string" || !subject) {
      throw new AuthError("token_invalid", `the token has no ${trusted.subjectClaim} claim`);
    }
    if (trusted.tenantId && payload.tid !== trusted.tenantId) {
      throw new AuthError("token_wrong_tenant", "the token is for another tenant");
    }
    const name = typeof payload.name === "string" ? payload.name : undefined;
    const tenantId = typeof payload.tid === "string" ? payload.tid : undefined;
    return { issuer: trusted.issuer, subject, tenantId, name };
  }

  private issuerOf(token: string): TrustedIssuer {
    let claims: JWTPayload;
    try {
      claims = decodeJwt(token);
    } catch {
      throw new AuthError("token_invalid", "the token is not a well-formed JWT");
    }
    const trusted = this.issuers.find((i) => i.issuer === claims.iss);
    if (!trusted)
      throw new AuthError("token_untrusted_issuer", "the token's issuer is not trusted");
    return trusted;
  }

  private async check(token: string, trusted: TrustedIssuer): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, trusted.keys, {
        issuer: trusted.issuer,
        audience: trusted.audience,
        algorithms: trusted.algorithms,
        clockTolerance: this.clockToleranceSeconds,
        requiredClaims: ["exp"],
      });
      return payload;
    } catch (error) {
      throw toVerificationError(error, trusted.issuer);
    }
  }
}

function toVerificationError(error: unknown, issuer: string): Error {
  if (keySetUnreachable(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new KeySetUnavailableError(issuer, reason);
  }
  if (error instanceof errors.JWTExpired)
    return new AuthError("token_expired", "the token has expired");
  if (error instanceof errors.JWKSNoMatchingKey)
    return new AuthError("token_unknown_key", "no key of the issuer matches the token's key id");
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "nbf")
      return new AuthError("token_not_yet_valid", "the token is not valid yet");
    if (error.claim === "aud")
      return new AuthError("token_wrong_audience", "the token is for another audience");
    return new AuthError("token_invalid", `the token's ${error.claim} claim is not acceptable`);
  }
  return new AuthError("token_invalid", "the token's signature or form is not valid");
}

/**
 * Failures of fetching the key set rather than of the token: a timeout, a body that is no key
 * set, jose's generic error for a non-200 answer, or a socket error that is no JOSE error at all.
 */
function keySetUnreachable(error: unknown): boolean {
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return true;
  if (error instanceof errors.JOSEError) return error.code === errors.JOSEError.code;
  return true;
}
