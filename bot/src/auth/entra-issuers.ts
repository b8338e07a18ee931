import { createRemoteJWKSet } from "jose";
import type { TrustedIssuer } from "./token-verifier";

/** The tab's single sign-on app registration in Microsoft Entra, as the service trusts it. */
export interface EntraSettings {
  /** `AAD_APP_CLIENT_ID`: the tab's SSO app id. */
  clientId: string;
  /** `AAD_APP_TENANT_ID`: the council's tenant; tokens of any other tenant are refused. */
  tenantId: string;
  /** `AAD_APP_ID_URI`: `api://<TAB_DOMAIN>/<client id>`, when the app exposes one. */
  appIdUri?: string;
  /** `AAD_JWKS_URL`: where Entra publishes its signing keys. */
  jwksUrl: string;
}

/** How long the fetched key set is trusted and how often an unknown key id may refetch it. */
export interface KeySetCaching {
  /** No refetch within this many milliseconds of the last one, whatever key id a token names. */
  cooldownMs?: number;
  /** Refetch at the latest after this many milliseconds. */
  maxAgeMs?: number;
  /** Give up on a fetch after this many milliseconds. */
  timeoutMs?: number;
}

/** Entra signs access tokens with RS256 only; nothing else is ever accepted from it. */
const ENTRA_ALGORITHMS = ["RS256"];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signing keys of a tenant as Microsoft publishes them. */
export function defaultJwksUrl(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`;
}

/**
 * Reads the SSO settings from the environment; undefined when `AAD_APP_CLIENT_ID` is unset
 * (the service then trusts only its own development tokens). A client id without a tenant, or
 * a tenant that is not a GUID ("common", "organizations"), is an error naming the variable:
 * the service accepts tokens of one council's tenant, never of any tenant.
 */
export function entraSettingsFromEnv(env: NodeJS.ProcessEnv): EntraSettings | undefined {
  const clientId = env.AAD_APP_CLIENT_ID?.trim();
  if (!clientId) return undefined;
  const tenantId = env.AAD_APP_TENANT_ID?.trim() ?? "";
  if (!GUID.test(tenantId)) {
    throw new Error(
      `AAD_APP_TENANT_ID must be the council's tenant id (a GUID), not "${tenantId}"`,
    );
  }
  const jwksUrl = env.AAD_JWKS_URL?.trim() || defaultJwksUrl(tenantId);
  if (!URL.canParse(jwksUrl)) throw new Error(`AAD_JWKS_URL must be a URL, not "${jwksUrl}"`);
  const appIdUri = env.AAD_APP_ID_URI?.trim() || undefined;
  return { clientId, tenantId, appIdUri, jwksUrl };
}

/**
 * The issuers of Teams SSO tokens for the council's tenant: Entra's v2.0 endpoint and the v1
 * `sts.windows.net` one (which one signs depends on the app's accepted token version). Both
 * share one remote key set, fetched lazily and cached by jose; an unknown key id refetches it at
 * most once per cooldown, so forged key ids cannot make the service hammer Entra.
 */
export function entraIssuers(
  settings: EntraSettings,
  caching: KeySetCaching = {},
): TrustedIssuer[] {
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl), {
    cooldownDuration: caching.cooldownMs ?? 30_000,
    cacheMaxAge: caching.maxAgeMs ?? 3_600_000,
    timeoutDuration: caching.timeoutMs ?? 5_000,
  });
  const audience = settings.appIdUri ? [settings.appIdUri, settings.clientId] : [settings.clientId];
  const common = {
    audience,
    keys,
    algorithms: ENTRA_ALGORITHMS,
    tenantId: settings.tenantId,
    subjectClaim: "oid" as const,
  };
  return [
    { issuer: `https://login.microsoftonline.com/${settings.tenantId}/v2.0`, ...common },
    { issuer: `https://sts.windows.net/${settings.tenantId}/`, ...common },
  ];
}

/** {@link entraIssuers} from the environment; none when SSO is not configured. */
export function entraIssuersFromEnv(
  env: NodeJS.ProcessEnv,
  caching: KeySetCaching = {},
): TrustedIssuer[] {
  const settings = entraSettingsFromEnv(env);
  return settings ? entraIssuers(settings, caching) : [];
}
