import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import type { KeyLike } from "jose";
import { AuthError } from "./auth-error";
import {
  defaultJwksUrl,
  entraIssuers,
  entraIssuersFromEnv,
  entraSettingsFromEnv,
} from "./entra-issuers";
import { KeySetUnavailableError } from "./key-set-unavailable-error";
import {
  LocalJwks,
  OTHER_TENANT,
  TEST_APP_ID_URI,
  TEST_CLIENT_ID,
  TEST_TENANT,
  unsignedToken,
  V1_ISSUER,
  V2_ISSUER,
} from "./local-jwks.fixture";
import { TokenVerifier } from "./token-verifier";

const OID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

describe("Teams SSO tokens (Microsoft Entra) against a local key set", () => {
  let jwks: LocalJwks;
  let verifier: TokenVerifier;
  let forgerKey: KeyLike;

  beforeAll(async () => {
    jwks = await LocalJwks.start();
    forgerKey = (await generateKeyPair("RS256")).privateKey;
  });
  afterAll(() => jwks.stop());
  beforeEach(() => {
    const settings = entraSettingsFromEnv(jwks.env());
    verifier = new TokenVerifier(entraIssuers(settings!), 60);
  });

  const refusal = async (token: string) => {
    const error = await verifier.verify(token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    return (error as AuthError).code;
  };

  it("accepts a v2 token for the client id and names the user by oid and tenant", async () => {
    const identity = await verifier.verify(await jwks.token(OID));

    expect(identity).toEqual({
      issuer: V2_ISSUER,
      subject: OID,
      tenantId: TEST_TENANT,
      name: "Test User",
    });
  });

  it("accepts a v1 token whose audience is the app id URI", async () => {
    const token = await jwks.token(OID, {
      claims: { iss: V1_ISSUER, aud: TEST_APP_ID_URI, ver: "1.0" },
    });

    const identity = await verifier.verify(token);

    expect(identity.issuer).toBe(V1_ISSUER);
    expect(identity.subject).toBe(OID);
  });

  it("refuses an expired token", async () => {
    const token = await jwks.token(OID, { expiresIn: -120 });

    expect(await refusal(token)).toBe("token_expired");
  });

  it("tolerates a clock that is a few seconds behind, within the skew", async () => {
    const token = await jwks.token(OID, { expiresIn: -20 });

    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: OID });
  });

  it("refuses a token that is not valid yet, beyond the skew", async () => {
    const token = await jwks.token(OID, { notBeforeIn: 300 });

    expect(await refusal(token)).toBe("token_not_yet_valid");
  });

  it("refuses a token for another audience", async () => {
    const token = await jwks.token(OID, { claims: { aud: "api://someone-else/other-app" } });

    expect(await refusal(token)).toBe("token_wrong_audience");
  });

  it("refuses a token from an issuer it does not trust, such as another tenant's", async () => {
    const iss = `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`;
    const token = await jwks.token(OID, { claims: { iss } });

    expect(await refusal(token)).toBe("token_untrusted_issuer");
  });

  it("refuses a token of another tenant even under the council's issuer", async () => {
    const token = await jwks.token(OID, { claims: { tid: OTHER_TENANT } });

    expect(await refusal(token)).toBe("token_wrong_tenant");
  });

  it("refuses a token signed by another key that claims the published key id", async () => {
    const token = await jwks.token(OID, { key: forgerKey });

    expect(await refusal(token)).toBe("token_invalid");
  });

  it("refuses an unsigned token (alg none)", async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = unsignedToken({
      iss: V2_ISSUER,
      aud: TEST_CLIENT_ID,
      tid: TEST_TENANT,
      oid: OID,
      iat: now,
      exp: now + 3600,
    });

    expect(await refusal(token)).toBe("token_invalid");
  });

  it("refuses a token whose key id is not in the key set", async () => {
    const token = await jwks.token(OID, { kid: "rotated-away" });

    expect(await refusal(token)).toBe("token_unknown_key");
  });

  it("refuses HS256 signed with the public key as the secret (algorithm confusion)", async () => {
    const secret = new TextEncoder().encode(await exportSPKI(jwks.publicKey));
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ tid: TEST_TENANT, oid: OID })
      .setProtectedHeader({ alg: "HS256", kid: jwks.kid })
      .setIssuer(V2_ISSUER)
      .setAudience(TEST_CLIENT_ID)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(secret);

    expect(await refusal(token)).toBe("token_invalid");
  });

  it("refuses a token without an oid claim", async () => {
    const token = await jwks.token(OID, { claims: { oid: undefined } });

    expect(await refusal(token)).toBe("token_invalid");
  });

  it("fetches the key set once for many tokens, and not again for unknown key ids", async () => {
    const before = jwks.fetches;

    await verifier.verify(await jwks.token(OID));
    await verifier.verify(await jwks.token(OID));
    for (const kid of ["forged-1", "forged-2", "forged-3"]) {
      await refusal(await jwks.token(OID, { kid }));
    }

    expect(jwks.fetches - before).toBe(1);
  });

  it("reports unreachable keys as the service's problem, not the token's", async () => {
    const settings = { ...entraSettingsFromEnv(jwks.env())!, jwksUrl: "http://127.0.0.1:9/keys" };
    const offline = new TokenVerifier(entraIssuers(settings));

    const error = await offline.verify(await jwks.token(OID)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(KeySetUnavailableError);
    expect(error).toMatchObject({ code: "identity_keys_unavailable", issuer: V2_ISSUER });
  });
});

describe("Entra settings from the environment", () => {
  it("trusts no Entra issuer when AAD_APP_CLIENT_ID is unset", () => {
    expect(entraIssuersFromEnv({ AAD_APP_TENANT_ID: TEST_TENANT })).toEqual([]);
  });

  it("trusts the v2 and v1 issuers of the council's tenant, RS256 only, by oid", () => {
    const issuers = entraIssuersFromEnv({
      AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
      AAD_APP_TENANT_ID: TEST_TENANT,
      AAD_APP_ID_URI: TEST_APP_ID_URI,
    });

    expect(issuers.map((i) => i.issuer)).toEqual([V2_ISSUER, V1_ISSUER]);
    for (const issuer of issuers) {
      expect(issuer).toMatchObject({
        audience: [TEST_APP_ID_URI, TEST_CLIENT_ID],
        algorithms: ["RS256"],
        tenantId: TEST_TENANT,
        subjectClaim: "oid",
      });
    }
  });

  it("takes Microsoft's key set of the tenant unless AAD_JWKS_URL says otherwise", () => {
    const settings = entraSettingsFromEnv({
      AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
      AAD_APP_TENANT_ID: TEST_TENANT,
    });

    expect(settings).toEqual({
      clientId: TEST_CLIENT_ID,
      tenantId: TEST_TENANT,
      appIdUri: undefined,
      jwksUrl: defaultJwksUrl(TEST_TENANT),
    });
  });

  it.each(["", "common", "organizations"])(
    "refuses to start with AAD_APP_TENANT_ID %p: one council's tenant only",
    (tenant) => {
      const env = { AAD_APP_CLIENT_ID: TEST_CLIENT_ID, AAD_APP_TENANT_ID: tenant };

      expect(() => entraSettingsFromEnv(env)).toThrow(/AAD_APP_TENANT_ID/);
    },
  );

  it("refuses a clock skew above 60 seconds", () => {
    expect(() => new TokenVerifier([], 61)).toThrow(RangeError);
  });
});
