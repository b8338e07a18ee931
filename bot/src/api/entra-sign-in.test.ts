import { LocalJwks } from "../auth/local-jwks.fixture";
import type { ApiHarness } from "./api-harness.fixture";
import { startApiHarness } from "./api-harness.fixture";

const CHAIR_OID = "6b1d2c3e-4f50-4a61-8b72-c3d4e5f60718";
const STRANGER_OID = "9e8d7c6b-5a49-4838-a726-150493827160";
const members = [
  { id: "chair", name: "Jana Předsedová", group: "A", role: "chair", aadObjectId: CHAIR_OID },
  { id: "m1", name: "Petr Dvořák", group: "A", role: "member" },
];

describe("signing in to the API with a Teams SSO token", () => {
  let jwks: LocalJwks;
  let api: ApiHarness;

  beforeAll(async () => {
    jwks = await LocalJwks.start();
    api = await startApiHarness(jwks.env());
    const chair = await api.devToken(members[0]!);
    const body = { id: "s1", title: "Zasedání", council: "Obec", members, agenda: [] };
    const created = await call("POST", "/api/v1/sessions", chair, body);
    expect(created.status).toBe(201);
  });
  afterAll(async () => {
    await api.stop();
    await jwks.stop();
  });

  const call = async (method: string, route: string, token: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(`${api.url}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, never> };
  };

  it("knows a roster member by the token's oid", async () => {
    const token = await jwks.token(CHAIR_OID, { claims: { name: "Jana Předsedová" } });

    const me = await call("GET", "/api/v1/me?session=s1", token);

    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ member: { id: "chair" }, name: "Jana Předsedová" });
  });

  it("answers 403 not_on_roster to a valid token of someone not on the roster", async () => {
    const token = await jwks.token(STRANGER_OID);

    const me = await call("GET", "/api/v1/me?session=s1", token);
    const command = await call("POST", "/api/v1/sessions/s1/commands", token, {
      type: "open_session",
    });

    for (const res of [me, command]) {
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ error: { code: "not_on_roster", message: expect.any(String) } });
    }
  });

  it("answers 401 with the reason to a token that fails verification", async () => {
    const expired = await jwks.token(CHAIR_OID, { expiresIn: -600 });
    const forged = await jwks.token(CHAIR_OID, { kid: "not-published" });

    const late = await call("GET", "/api/v1/me", expired);
    const unknown = await call("GET", "/api/v1/me", forged);

    expect([late.status, late.body.error]).toEqual([
      401,
      expect.objectContaining({ code: "token_expired" }),
    ]);
    expect([unknown.status, unknown.body.error]).toEqual([
      401,
      expect.objectContaining({ code: "token_unknown_key" }),
    ]);
  });

  it("keeps accepting the service's own development tokens", async () => {
    const token = await api.devToken(members[1]!);

    const me = await call("GET", "/api/v1/me?session=s1", token);

    expect(me.body).toMatchObject({ member: { id: "m1" } });
  });

  it("answers 503 when Entra's keys cannot be fetched, not 401", async () => {
    const offline = await startApiHarness({
      ...jwks.env(),
      AAD_JWKS_URL: "http://127.0.0.1:9/keys",
    });
    try {
      const res = await fetch(`${offline.url}/api/v1/me`, {
        headers: { authorization: `Bearer ${await jwks.token(CHAIR_OID)}` },
      });

      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ error: { code: "identity_keys_unavailable" } });
    } finally {
      await offline.stop();
    }
  });
});
