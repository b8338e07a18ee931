/**
 * The signing keys of a trusted issuer could not be fetched (network, timeout, a response that is
 * no key set). The token may well be good: this is the service's problem, answered with 503, not
 * a 401 that would send the user to sign in again.
 */
export class KeySetUnavailableError extends Error {
  override readonly name = "KeySetUnavailableError";
  readonly code = "identity_keys_unavailable";

  constructor(
    /** The issuer whose keys were asked for. */
    readonly issuer: string,
    /** What went wrong underneath, for the log. */
    readonly reason: string,
  ) {
    super("the identity provider's signing keys cannot be reached; try again shortly");
  }
}
