import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import type { JWK, JWTPayload, KeyLike } from "jose";

/** The council's tenant and the tab's SSO app in tests; GUIDs made up for them. */
export const TEST_TENANT = "7d3c6a41-2f0b-4c8e-9a55-0b1f3e2d4c6a";
export const OTHER_TENANT = "0e9f8d7c-6b5a-4a39-8271-605f4e3d2c1b";
export const TEST_CLIENT_ID = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
export const TEST_APP_ID_URI = `api://tab.council.test/${TEST_CLIENT_ID}`;
export const V2_ISSUER = `https://login.microsoftonline.com/${TEST_TENANT}/v2.0`;
export const V1_ISSUER = `https://sts.windows.net/${TEST_TENANT}/`;

/** What a signed test token may override; claims not named take Teams SSO values. */
export interface TokenSpec {
  claims?: JWTPayload;
  /** Key id in the header; the published key's id unless set. */
  kid?: string;
  /** Sign with this key instead of the published one (a forger's key). */
  key?: KeyLike;
  /** Seconds from now; negative for the past. */
  expiresIn?: number;
  notBeforeIn?: number;
}

/**
 * A JSON Web Key Set on loopback, standing in for Entra's `discovery/v2.0/keys`: RSA keys the
 * test generates, published at `/keys` on 127.0.0.1 at a free port, and tokens signed with them
 * the way Teams SSO tokens are (RS256, `kid`, `oid`, `tid`).
 */
export class LocalJwks {
  /** How many times the key set was fetched. */
  fetches = 0;
  private published: JWK[] = [];

  private constructor(
    private readonly server: Server,
    readonly kid: string,
    readonly privateKey: KeyLike,
    readonly publicKey: KeyLike,
  ) {}

  /** Starts the key set with one freshly generated RS256 key. */
  static async start(): Promise<LocalJwks> {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    let jwks: LocalJwks | undefined = undefined;
    const server = createServer((_req, res) => {
      if (!jwks) return void res.writeHead(503).end();
      jwks.fetches += 1;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: jwks.published }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    jwks = new LocalJwks(server, "test-key-1", privateKey, publicKey);
    jwks.published = [{ ...(await exportJWK(publicKey)), kid: jwks.kid, use: "sig" }];
    return jwks;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/keys`;
  }

  /** The SSO variables pointing the service at this key set. */
  env(): Record<string, string> {
    return {
      AAD_APP_CLIENT_ID: TEST_CLIENT_ID,
      AAD_APP_TENANT_ID: TEST_TENANT,
      AAD_APP_ID_URI: TEST_APP_ID_URI,
      AAD_JWKS_URL: this.url,
    };
  }

  /** A token as Teams SSO issues it for the given user (object id), adjusted by `spec`. */
  async token(oid: string, spec: TokenSpec = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = {
      iss: V2_ISSUER,
      aud: TEST_CLIENT_ID,
      tid: TEST_TENANT,
      oid,
      sub: `pairwise-${oid}`,
      name: "Test User",
      ver: "2.0",
      iat: now,
      nbf: now + (spec.notBeforeIn ?? -5),
      exp: now + (spec.expiresIn ?? 3600),
      ...spec.claims,
    };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: spec.kid ?? this.kid })
      .sign(spec.key ?? this.privateKey);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

/** An unsigned token (`alg: none`), assembled by hand because jose rightly refuses to make one. */
export function unsignedToken(claims: JWTPayload): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}
