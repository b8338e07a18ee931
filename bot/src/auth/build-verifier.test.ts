import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildVerifier } from "./build-verifier";
import { DEV_ISSUER, loadDevSigningKey } from "./dev-signing-key";
import type { DevSigningKey } from "./dev-signing-key";
import { issueDevToken } from "./dev-token-issuer";
import { entraSettingsFromEnv } from "./entra-issuers";
import { LocalJwks, V2_ISSUER } from "./local-jwks.fixture";

describe("the service's verifier", () => {
  let jwks: LocalJwks;
  let devKey: DevSigningKey;
  let dataDir: string;

  beforeAll(async () => {
    jwks = await LocalJwks.start();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "council-verifier-"));
    devKey = await loadDevSigningKey(dataDir);
  });
  afterAll(async () => {
    await jwks.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("accepts development tokens and Teams SSO tokens side by side when SSO is set up", async () => {
    const verifier = buildVerifier({ entra: entraSettingsFromEnv(jwks.env()) }, devKey);

    const dev = await verifier.verify(await issueDevToken(devKey, { id: "m1", name: "Petr" }));
    const sso = await verifier.verify(await jwks.token("oid-1"));

    expect([dev.issuer, dev.subject]).toEqual([DEV_ISSUER, "m1"]);
    expect([sso.issuer, sso.subject]).toEqual([V2_ISSUER, "oid-1"]);
  });

  it("refuses Teams SSO tokens when SSO is not set up", async () => {
    const verifier = buildVerifier({}, devKey);

    await expect(verifier.verify(await jwks.token("oid-1"))).rejects.toMatchObject({
      code: "token_untrusted_issuer",
    });
  });

  it("takes a smaller clock skew, never a larger one", () => {
    expect(() => buildVerifier({}, devKey, { clockToleranceSeconds: 10 })).not.toThrow();
    expect(() => buildVerifier({}, devKey, { clockToleranceSeconds: 300 })).toThrow(RangeError);
  });
});
