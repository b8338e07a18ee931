import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from "botbuilder";
import type { Logger } from "pino";

/**
 * The bot's Entra app registration. All empty runs the bot without Bot Framework credentials,
 * as the Agents Playground and our local connector stand-in expect; real Teams needs them set.
 */
export interface BotCredentials {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  /** "MultiTenant", "SingleTenant" or "UserAssignedMSI"; botbuilder's default is MultiTenant. */
  appType?: string;
}

/** Reads the credentials from the variables the Teams toolkit and Azure Bot use. */
export function botCredentialsFromEnv(env: NodeJS.ProcessEnv = process.env): BotCredentials {
  return {
    appId: env.MicrosoftAppId || undefined,
    appPassword: env.MicrosoftAppPassword || undefined,
    tenantId: env.MicrosoftAppTenantId || undefined,
    appType: env.MicrosoftAppType || undefined,
  };
}

/**
 * A botbuilder CloudAdapter authenticating inbound requests and outbound calls with the given
 * credentials. A failed turn is logged and rethrown, so the HTTP answer says 500 and not 200.
 */
export function createCloudAdapter(credentials: BotCredentials, logger: Logger): CloudAdapter {
  const settings = {
    MicrosoftAppId: credentials.appId ?? "",
    MicrosoftAppPassword: credentials.appPassword ?? "",
    MicrosoftAppTenantId: credentials.tenantId ?? "",
    MicrosoftAppType: credentials.appType ?? "",
  };
  const credentialsFactory = new ConfigurationServiceClientCredentialFactory(settings);
  const authentication = new ConfigurationBotFrameworkAuthentication(settings, credentialsFactory);
  const adapter = new CloudAdapter(authentication);

  adapter.onTurnError = async (context, error) => {
    const activity = context.activity;
    logger.error(
      { err: error, activityType: activity.type, conversationId: activity.conversation?.id },
      "bot_turn_failed",
    );
    throw error;
  };
  return adapter;
}
