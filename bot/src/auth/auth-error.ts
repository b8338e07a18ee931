export type AuthErrorCode =
  | "unauthenticated"
  | "token_invalid"
  | "token_expired"
  | "token_not_yet_valid"
  | "token_untrusted_issuer"
  | "token_wrong_audience"
  | "token_wrong_tenant"
  | "token_unknown_key";

/** A request whose identity could not be established. Always answered with 401. */
export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AuthError";
  }
}
