import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnvFile } from "./parse-env-file";
import { placeholderNames } from "./placeholder-names";

const root = path.resolve(__dirname, "../../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const envFile = (file: string) => parseEnvFile(read(file), file);

/** Every variable the service reads (bot/src/config and the Teams edge). */
const serviceVariables = [
  "PORT",
  "HOST",
  "DATA_DIR",
  "LOG_LEVEL",
  "PUBLIC_URL",
  "TAB_DIR",
  "BROADCAST_CONFIG",
  "TEAMS_APP_ID",
  "BOT_ID",
  "BOT_PASSWORD",
  "MicrosoftAppType",
  "MicrosoftAppTenantId",
  "AAD_APP_CLIENT_ID",
  "AAD_APP_TENANT_ID",
  "AAD_APP_ID_URI",
  "AAD_JWKS_URL",
  "TAB_DOMAIN",
  "TAB_ENDPOINT",
  "BOT_DOMAIN",
  "BOT_ENDPOINT",
];
/** Service variables with a sensible default: they may be left unset. */
const optionalServiceVariables = ["TAB_DIR", "BROADCAST_CONFIG", "AAD_JWKS_URL"];

/** Variables `aadApp/update` writes itself when the Entra manifest asks for them. */
const aadUpdateOutputs = ["AAD_APP_ACCESS_AS_USER_PERMISSION_ID"];

interface Action {
  uses: string;
  stage: string;
  /** The action's lines without comments. */
  text: string;
  /** Variables named under writeToEnvironmentFile. */
  outputs: string[];
}

/** The actions of a toolkit yml, in order, with the stage (provision, deploy) they are in. */
function actions(yml: string): Action[] {
  const found: Action[] = [];
  let stage = "";
  for (const line of yml.split("\n").filter((l) => !l.trim().startsWith("#"))) {
    const stageHeader = /^(\w+):\s*$/.exec(line);
    const uses = /^\s+- uses: (\S+)/.exec(line);
    const output = /^\s{6,}\w+: ([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(line);
    if (stageHeader) stage = stageHeader[1]!;
    else if (uses) found.push({ uses: uses[1]!, stage, text: line, outputs: [] });
    else if (found.length > 0) {
      const current = found[found.length - 1]!;
      current.text += `\n${line}`;
      if (output && /writeToEnvironmentFile:/.test(current.text)) current.outputs.push(output[1]!);
    }
  }
  return found;
}

interface BicepParam {
  name: string;
  hasDefault: boolean;
  secure: boolean;
}

function bicepParams(bicep: string): BicepParam[] {
  return [...bicep.matchAll(/^((?:@.*\n)*)param\s+(\w+)\s+\w+(\s*=.*)?$/gm)].map((match) => ({
    name: match[2]!,
    hasDefault: match[3] !== undefined,
    secure: match[1]!.includes("@secure()"),
  }));
}

function bicepOutputs(bicep: string): string[] {
  return [...bicep.matchAll(/^output\s+(\w+)\s/gm)].map((match) => match[1]!);
}

const bicep = read("infra/azure.bicep");
const parameterFileText = read("infra/azure.parameters.json");
const parameterFile = JSON.parse(parameterFileText) as {
  parameters: Record<string, { value: unknown }>;
};

describe("infra/azure.bicep and infra/azure.parameters.json", () => {
  const params = bicepParams(bicep);
  const passed = Object.keys(parameterFile.parameters);

  it("pass only parameters the Bicep declares", () => {
    const declared = params.map((param) => param.name);

    expect(passed.filter((name) => !declared.includes(name))).toEqual([]);
  });

  it("pass every parameter that has no default", () => {
    const required = params.filter((param) => !param.hasDefault).map((param) => param.name);

    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((name) => !passed.includes(name))).toEqual([]);
  });

  it("mark the bot secret @secure and take it from a SECRET_ variable", () => {
    expect(params.find((param) => param.name === "botAadAppClientSecret")?.secure).toBe(true);
    expect(parameterFile.parameters.botAadAppClientSecret!.value).toBe("${{SECRET_BOT_PASSWORD}}");
  });

  it("keep PostgreSQL off unless asked for", () => {
    expect(bicep).toMatch(/^param deployPostgres bool = false$/m);
    expect(bicep).toMatch(/^module postgres '[^']+' = if \(deployPostgres\)/m);
    expect(parameterFile.parameters.deployPostgres!.value).toBe(false);
  });

  it("give the PostgreSQL module every parameter it needs and no other", () => {
    const module = read("infra/modules/postgres.bicep");
    const block = /module postgres[^{]*\{[\s\S]*?params: \{([\s\S]*?)\n {2}\}/.exec(bicep)![1]!;
    const given = [...block.matchAll(/^\s+(\w+):/gm)].map((match) => match[1]!).sort();

    expect(given).toEqual(
      bicepParams(module)
        .map((param) => param.name)
        .sort(),
    );
  });

  it("set every service variable as an App Service setting", () => {
    const settings = [...bicep.matchAll(/(?:^\s+|\{ )(\w+): /gm)].map((match) => match[1]!);

    expect(serviceVariables.filter((name) => !settings.includes(name))).toEqual([]);
  });

  it("keep the SQLite store on persistent storage and read the bot secret from Key Vault", () => {
    expect(bicep).toContain("WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'true'");
    expect(bicep).toContain("DATA_DIR: '/home/data'");
    expect(bicep).toContain(
      "BOT_PASSWORD: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'",
    );
    expect(bicep).toContain("healthCheckPath: '/healthz'");
    expect(bicep).toContain("httpsOnly: true");
    expect(bicep).toContain("endpoint: '${endpoint}/api/messages'");
    expect(bicep).toContain("channelName: 'MsTeamsChannel'");
  });

  it("declare every output in env/.env.dev, where provisioning writes it", () => {
    const dev = envFile("env/.env.dev");

    expect(bicepOutputs(bicep).filter((name) => !(name in dev))).toEqual([]);
  });
});

describe.each([
  ["teamsapp.yml", "env/.env.dev"],
  ["teamsapp.local.yml", "env/.env.local"],
])("%s", (ymlFile, envFileName) => {
  const yml = read(ymlFile);
  const steps = actions(yml);
  const secrets = Object.keys(envFile("env/.env.local.user.sample"));

  it("uses the documented toolkit actions, in the documented order", () => {
    const provision = steps.filter((step) => step.stage === "provision").map((step) => step.uses);
    const deploy = steps.filter((step) => step.stage === "deploy").map((step) => step.uses);
    const infrastructure = ymlFile === "teamsapp.yml" ? ["arm/deploy"] : ["botFramework/create"];

    expect(yml).toMatch(/^version: v1\.\d+$/m);
    expect(provision).toEqual([
      "teamsApp/create",
      "aadApp/create",
      "botAadApp/create",
      ...infrastructure,
      "aadApp/update",
      "teamsApp/validateManifest",
      "teamsApp/zipAppPackage",
      "teamsApp/validateAppPackage",
      "teamsApp/update",
    ]);
    expect(deploy.slice(0, 2)).toEqual(["cli/runNpmCommand", "cli/runNpmCommand"]);
    expect(deploy[2]).toBe(
      ymlFile === "teamsapp.yml"
        ? "azureAppService/zipDeploy"
        : "file/createOrUpdateEnvironmentFile",
    );
  });

  it("has a value or an earlier step behind every ${{VARIABLE}} it or its files use", () => {
    const known = new Set([...Object.keys(envFile(envFileName)), ...secrets]);
    const unknown: string[] = [];
    const need = (where: string, text: string) =>
      placeholderNames(text)
        .filter((name) => !known.has(name))
        .forEach((name) => unknown.push(`${where}: ${name}`));

    for (const step of steps) {
      need(step.uses, step.text);
      if (step.uses === "arm/deploy") need("infra/azure.parameters.json", parameterFileText);
      if (step.uses === "aadApp/update") {
        aadUpdateOutputs.forEach((name) => known.add(name));
        need("appPackage/aad.manifest.json", read("appPackage/aad.manifest.json"));
      }
      if (step.uses === "teamsApp/zipAppPackage") {
        need("appPackage", read("appPackage/manifest.json") + read("appPackage/en.json"));
      }
      step.outputs.forEach((name) => known.add(name));
      if (step.uses === "arm/deploy") bicepOutputs(bicep).forEach((name) => known.add(name));
    }

    expect(unknown).toEqual([]);
  });

  it("refers only to files that exist (other than those it writes)", () => {
    const paths = [...yml.matchAll(/^\s+(?!target)\w+: (\.\/[^\s$]+)$/gm)].map(
      (match) => match[1]!,
    );

    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((file) => !existsSync(path.join(root, file)))).toEqual([]);
  });
});

describe("the service's variables", () => {
  it("are all in env/.env.local (the optional ones at least as a comment)", () => {
    const text = read("env/.env.local");
    const local = envFile("env/.env.local");
    const missing = serviceVariables.filter((name) =>
      optionalServiceVariables.includes(name)
        ? !text.includes(`# ${name}=`) && !(name in local)
        : !(name in local) && !(name === "BOT_PASSWORD"),
    );

    expect(missing).toEqual([]);
  });

  it("are all written to .localConfigs by the local deploy, except those with defaults", () => {
    const step = actions(read("teamsapp.local.yml")).find(
      (action) => action.uses === "file/createOrUpdateEnvironmentFile",
    )!;
    const written = [...step.text.matchAll(/^\s{8}(\w+): /gm)].map((match) => match[1]!);
    const required = serviceVariables.filter((name) => !optionalServiceVariables.includes(name));

    expect(required.filter((name) => !written.includes(name))).toEqual([]);
  });
});

describe("secrets", () => {
  it("stay out of the committed environment files", () => {
    for (const file of ["env/.env.local", "env/.env.dev", "env/.env.local.user.sample"]) {
      const withValues = Object.entries(envFile(file)).filter(
        ([name, value]) => /SECRET|PASSWORD/.test(name) && value !== "",
      );
      expect({ file, withValues }).toEqual({ file, withValues: [] });
    }
  });

  it("that the lifecycle uses are listed in the .user sample, and git ignores .user files", () => {
    const used = placeholderNames(
      read("teamsapp.yml") + read("teamsapp.local.yml") + parameterFileText,
    ).filter((name) => name.startsWith("SECRET_"));
    const sample = Object.keys(envFile("env/.env.local.user.sample"));

    expect(used.filter((name) => !sample.includes(name))).toEqual([]);
    expect(read(".gitignore").split("\n")).toContain("env/.env.*.user");
  });
});
