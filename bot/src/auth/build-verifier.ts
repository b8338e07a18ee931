import type { Config } from "../config/config";
import type { DevSigningKey } from "./dev-signing-key";
import { devIssuer } from "./dev-signing-key";
import type { KeySetCaching } from "./entra-issuers";
import { entraIssuers } from "./entra-issuers";
import { TokenVerifier } from "./token-verifier";

/** Tuning of the verifier; the defaults suit production. */
export interface VerifierOptions {
  /** Clock skew tolerated on `exp` and `nbf`, 0 to 60 seconds (60 by default). */
  clockToleranceSeconds?: number;
  keySetCaching?: KeySetCaching;
}

/**
 * The service's token verifier: its own development issuer always, and Teams SSO (Microsoft
 * Entra, v1 and v2 issuers of the council's tenant) when `config.entra` is set. Every token takes
 * the same checks; there is no setting that skips them.
 *
 * @example
 * const verifier = buildVerifier(config, await loadDevSigningKey(config.dataDir));
 */
export function buildVerifier(
  config: Pick<Config, "entra">,
  devKey: DevSigningKey,
  options: VerifierOptions = {},
): TokenVerifier {
  const entra = config.entra ? entraIssuers(config.entra, options.keySetCaching) : [];
  return new TokenVerifier([devIssuer(devKey), ...entra], options.clockToleranceSeconds);
}
