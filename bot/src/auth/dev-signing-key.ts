import fs from "node:fs";
import path from "node:path";
import { createLocalJWKSet, exportJWK, generateKeyPair, importJWK } from "jose";
import type { JWK, KeyLike } from "jose";
import type { TrustedIssuer } from "./token-verifier";

export const DEV_ISSUER = "urn:council-live:dev";
export const DEV_AUDIENCE = "council-live";
const ALG = "ES256";

/** The service's own signing key for development tokens, kept in the data folder. */
export interface DevSigningKey {
  kid: string;
  privateKey: KeyLike | Uint8Array;
  publicJwk: JWK;
}

/**
 * Loads the development signing key from `<dataDir>/keys/dev-signing-key.json`, creating it on
 * first start. The file is readable by its owner only.
 */
export async function loadDevSigningKey(dataDir: string): Promise<DevSigningKey> {
  const file = path.join(dataDir, "keys", "dev-signing-key.json");
  if (!fs.existsSync(file)) await createKeyFile(file);
  const jwk = JSON.parse(fs.readFileSync(file, "utf8")) as JWK;
  const privateKey = await importJWK(jwk, ALG);
  const { d: _private, ...publicJwk } = jwk;
  return { kid: jwk.kid ?? "dev", privateKey, publicJwk };
}

async function createKeyFile(file: string): Promise<void> {
  const { privateKey } = await generateKeyPair(ALG, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = `dev-${Date.now().toString(36)}`;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, JSON.stringify({ ...jwk, kid, alg: ALG, use: "sig" }), { mode: 0o600 });
}

/** The development issuer as the verifier trusts it: the same checks as any other issuer. */
export function devIssuer(key: DevSigningKey): TrustedIssuer {
  const keys = createLocalJWKSet({ keys: [{ ...key.publicJwk, kid: key.kid, alg: ALG }] });
  return {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    keys,
    algorithms: [ALG],
    subjectClaim: "sub",
  };
}
