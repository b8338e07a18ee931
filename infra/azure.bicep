// Council Live in Azure: one Linux App Service running the Node service (tab, HTTP API, live
// feed and the bot endpoint /api/messages), its SQLite store on the App Service's persistent
// /home storage, the bot's secret in Key Vault, the Azure Bot with the Teams channel, and an
// optional PostgreSQL flexible server for when the service speaks PostgreSQL.
// Deployed by the `arm/deploy` step of teamsapp.yml with infra/azure.parameters.json; every
// `output` below is written back into env/.env.<env> under the same name.

@minLength(4)
@maxLength(20)
@description('Prefix of every resource name: lowercase letters and digits, e.g. "councilbrno".')
param resourceBaseName string

@description('Azure region of the resources; the Azure Bot itself is global.')
param location string = resourceGroup().location

@description('The Teams app id (manifest id), for the links the service puts in notifications.')
param teamsAppId string

@description('The council\'s Microsoft 365 tenant: the SSO app, the bot app and the users live there.')
param tenantId string

@description('Client id of the tab\'s single sign-on Entra app (AAD_APP_CLIENT_ID).')
param aadAppClientId string

@description('Client id of the bot\'s Entra app (BOT_ID).')
param botAadAppClientId string

@secure()
@description('Client secret of the bot\'s Entra app; stored in Key Vault, never in app settings.')
param botAadAppClientSecret string

@maxLength(42)
@description('Name of the bot as Teams shows it.')
param botDisplayName string = 'Council Live'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier; Teams is a standard channel, free on F0.')
param botServiceSku string = 'F0'

@description('App Service plan SKU (Linux). B1 is enough for a council of 65 and a public feed.')
param webAppSku string = 'B1'

@description('Runtime stack of the web app.')
param linuxFxVersion string = 'NODE|20-lts'

@allowed(['debug', 'info', 'warn', 'error'])
param logLevel string = 'info'

@description('Path of a broadcast mapping file on the web app (BROADCAST_CONFIG); empty for none.')
param broadcastConfig string = ''

@description('Create a PostgreSQL flexible server. Off: the service keeps its SQLite store.')
param deployPostgres bool = false

var names = {
  plan: '${resourceBaseName}-plan'
  site: resourceBaseName
  identity: '${resourceBaseName}-identity'
  keyVault: 'kv${uniqueString(resourceGroup().id, resourceBaseName)}'
  bot: resourceBaseName
  postgres: '${resourceBaseName}-pg'
}

// The identity the web app uses to read its secrets from Key Vault (and, later, to sign in to
// PostgreSQL with Entra instead of a password).
resource webIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

// Access policies rather than Azure RBAC: granting a role would need Owner or User Access
// Administrator on the resource group, more than a council's deployer usually holds.
resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.keyVault
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: false
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    accessPolicies: [
      {
        tenantId: subscription().tenantId
        objectId: webIdentity.properties.principalId
        permissions: { secrets: ['get'] }
      }
    ]
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'bot-password'
  properties: { value: botAadAppClientSecret }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: { name: webAppSku, capacity: 1 }
  properties: { reserved: true }
}

// One instance on purpose: the SQLite store is a single writer. Scale out only with PostgreSQL.
resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: names.site
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${webIdentity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: webIdentity.id
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: 'node_modules/.bin/tsx bot/src/cli/main.ts serve'
      alwaysOn: true
      healthCheckPath: '/healthz'
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

var host = site.properties.defaultHostName
var endpoint = 'https://${host}'

var serviceSettings = {
  // /home is the App Service's persistent storage: it survives restarts and redeployments.
  WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'true'
  DATA_DIR: '/home/data'
  // The deploy step uploads a built tree (npm ci, tab built); nothing to build on the server.
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  WEBSITES_PORT: '8080'
  PORT: '8080'
  HOST: '0.0.0.0'
  LOG_LEVEL: logLevel
  PUBLIC_URL: endpoint
  TAB_DIR: '/home/site/wwwroot/tab/dist'
  TEAMS_APP_ID: teamsAppId
  BOT_ID: botAadAppClientId
  BOT_PASSWORD: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'
  MicrosoftAppType: 'SingleTenant'
  MicrosoftAppTenantId: tenantId
  AAD_APP_CLIENT_ID: aadAppClientId
  AAD_APP_TENANT_ID: tenantId
  AAD_APP_ID_URI: 'api://${host}/${aadAppClientId}'
  AAD_JWKS_URL: '${environment().authentication.loginEndpoint}${tenantId}/discovery/v2.0/keys'
  TAB_DOMAIN: host
  TAB_ENDPOINT: endpoint
  BOT_DOMAIN: host
  BOT_ENDPOINT: endpoint
}

var broadcastSettings = empty(broadcastConfig) ? {} : { BROADCAST_CONFIG: broadcastConfig }

// A separate settings resource, because several values derive from the site's own host name.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: union(serviceSettings, broadcastSettings)
}

// Single-tenant: Azure Bot no longer creates multi-tenant registrations.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  kind: 'azurebot'
  sku: { name: botServiceSku }
  properties: {
    displayName: botDisplayName
    endpoint: '${endpoint}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

module postgres 'modules/postgres.bicep' = if (deployPostgres) {
  name: 'council-postgres'
  params: {
    name: names.postgres
    location: location
    tenantId: subscription().tenantId
    adminPrincipalId: webIdentity.properties.principalId
    adminPrincipalName: webIdentity.name
  }
}

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = site.id
output TAB_DOMAIN string = host
output TAB_ENDPOINT string = endpoint
output BOT_DOMAIN string = host
output BOT_ENDPOINT string = endpoint
output PUBLIC_URL string = endpoint
output AAD_APP_ID_URI string = 'api://${host}/${aadAppClientId}'
output KEY_VAULT_NAME string = keyVault.name
output POSTGRES_HOST string = deployPostgres ? postgres.outputs.host : ''
