import path from "node:path";
import type { EntraSettings } from "../auth/entra-issuers";
import { entraSettingsFromEnv } from "../auth/entra-issuers";

/** Everything the service reads from its environment, with the defaults of a local install. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  logLevel: string;
  /** Public base URL of the service, for links in cards and the demo's printed URLs. */
  publicUrl: string;
  /** Folder of the built tab, served at `/`. */
  tabDir: string;
  /** Mapping file of the council's broadcast (vMix or OBS); no broadcast when unset. */
  broadcastConfig?: string;
  bot: { appId: string; appPassword: string; tenantId: string; appType: string };
  /** Teams SSO (AAD_APP_CLIENT_ID, AAD_APP_TENANT_ID, AAD_APP_ID_URI, AAD_JWKS_URL); unset: off. */
  entra?: EntraSettings;
}

/** Reads the configuration; an invalid value is an error naming the variable, not a silent default. */
export function loadConfig(rawEnv: NodeJS.ProcessEnv = process.env): Config {
  const env = withoutEmpty(rawEnv);
  const port = parsePort(env.PORT ?? "3978");
  const host = env.HOST ?? "127.0.0.1";
  return {
    host,
    port,
    dataDir: path.resolve(env.DATA_DIR ?? "./data"),
    logLevel: env.LOG_LEVEL ?? "info",
    publicUrl: (env.PUBLIC_URL ?? `http://${host}:${port}`).replace(/\/$/, ""),
    tabDir: path.resolve(env.TAB_DIR ?? path.join(__dirname, "../../../tab/dist")),
    broadcastConfig: env.BROADCAST_CONFIG ? path.resolve(env.BROADCAST_CONFIG) : undefined,
    bot: {
      appId: env.MicrosoftAppId ?? env.BOT_ID ?? "",
      appPassword: env.MicrosoftAppPassword ?? env.BOT_PASSWORD ?? "",
      tenantId: env.MicrosoftAppTenantId ?? "",
      appType: env.MicrosoftAppType ?? "MultiTenant",
    },
    entra: entraSettingsFromEnv(env),
  };
}

/** An empty variable means unset: deployment tools often write `NAME=` for an optional value. */
function withoutEmpty(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}
