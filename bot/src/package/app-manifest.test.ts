import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { bundledSchemaFolder, validateAgainstBundledSchema } from "./bundled-schema";
import { parseEnvFile } from "./parse-env-file";
import { placeholderNames } from "./placeholder-names";
import { substitutePlaceholders } from "./substitute-placeholders";

const root = path.resolve(__dirname, "../../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const envFile = (name: string) => parseEnvFile(read(`env/.env.${name}`), `env/.env.${name}`);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const manifestText = read("appPackage/manifest.json");
const englishText = read("appPackage/en.json");
const manifest = JSON.parse(manifestText) as Json;
const english = JSON.parse(englishText) as Json;
const local = envFile("local");

describe("the app manifest", () => {
  const realFetch = globalThis.fetch;

  beforeAll(() => {
    // Validation must come from the bundled schemas: any attempt to download one fails the test.
    globalThis.fetch = () => Promise.reject(new Error("validation tried the network"));
  });

  afterAll(() => {
    globalThis.fetch = realFetch;
  });

  it("uses a current schema (1.22 or later) that @microsoft/app-manifest bundles", () => {
    const [major, minor] = String(manifest.manifestVersion).split(".").map(Number);

    expect(major === 1 && minor! >= 22).toBe(true);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
    expect(existsSync(path.join(bundledSchemaFolder, `v${manifest.manifestVersion}`))).toBe(true);
  });

  it("validates offline against the official schema once the local values are in", async () => {
    const filled = substitutePlaceholders(manifest, local, "manifest.json");

    await expect(
      validateAgainstBundledSchema(filled, manifest.manifestVersion, "manifest"),
    ).resolves.toEqual([]);
  });

  it("has English strings that validate against the official localization schema", async () => {
    expect(english.$schema).toContain(`/v${manifest.manifestVersion}/`);
    await expect(
      validateAgainstBundledSchema(english, manifest.manifestVersion, "localization"),
    ).resolves.toEqual([]);
  });

  it("fails validation for a bot scope Teams does not have", async () => {
    const filled = substitutePlaceholders(manifest, local, "manifest.json");
    const broken = { ...filled, bots: [{ ...filled.bots[0], scopes: ["meeting"] }] };

    const errors = await validateAgainstBundledSchema(broken, manifest.manifestVersion, "manifest");

    expect(errors.join("\n")).toContain("/bots/0/scopes/0");
  });

  it("fails validation for an English name longer than Teams shows", async () => {
    const tooLong = { ...english, "name.short": "Council Live for every town hall in Czechia" };

    const errors = await validateAgainstBundledSchema(
      tooLong,
      manifest.manifestVersion,
      "localization",
    );

    expect(errors.join("\n")).toContain("name.short");
  });

  it("is Czech by default with English in en.json", () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: "cs",
      additionalLanguages: [{ languageTag: "en", file: "en.json" }],
    });
    expect(manifest.description.full).toContain("zastupitelstva");
    expect(english["description.full"]).toContain("council");
  });

  it("offers the chat commands in Czech and, through en.json, in English", () => {
    const commands = manifest.bots[0].commandLists[0].commands as Array<{ title: string }>;
    const englishTitle = (i: number) =>
      english[`bots[0].commandLists[0].commands[${i}].title`] as string;

    expect(commands.map((command) => command.title)).toEqual([
      "program",
      "bod",
      "řečník",
      "výsledek",
      "nápověda",
    ]);
    expect(commands.map((_, i) => englishTitle(i))).toEqual([
      "agenda",
      "current item",
      "current speaker",
      "result",
      "help",
    ]);
  });

  it("puts a configurable tab in the four meeting surfaces, for group chats and teams", () => {
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({
        configurationUrl: "${{TAB_ENDPOINT}}/config",
        canUpdateConfiguration: true,
        scopes: ["groupChat", "team"],
        context: ["meetingSidePanel", "meetingStage", "meetingChatTab", "meetingDetailsTab"],
      }),
    ]);
  });

  it("names the bot, the SSO app and the domains by environment variable", () => {
    expect(manifest.id).toBe("${{TEAMS_APP_ID}}");
    expect(manifest.bots[0]).toMatchObject({
      botId: "${{BOT_ID}}",
      scopes: ["groupChat", "team", "personal"],
    });
    expect(manifest.webApplicationInfo).toEqual({
      id: "${{AAD_APP_CLIENT_ID}}",
      resource: "api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}",
    });
    expect(manifest.validDomains).toEqual(["${{TAB_DOMAIN}}", "${{BOT_DOMAIN}}"]);
  });
});

describe("the environment files", () => {
  const packageVariables = placeholderNames(manifestText + englishText);

  it("give every variable of the package a value in env/.env.local", () => {
    const missing = packageVariables.filter((name) => !local[name]);

    expect(missing).toEqual([]);
  });

  it("declare every variable of the package in env/.env.dev", () => {
    const dev = envFile("dev");

    expect(packageVariables.filter((name) => !(name in dev))).toEqual([]);
  });

  it("keep the local SSO resource consistent with the tab's domain and client id", () => {
    expect(local.AAD_APP_ID_URI).toBe(`api://${local.TAB_DOMAIN}/${local.AAD_APP_CLIENT_ID}`);
    expect(local.TAB_ENDPOINT).toBe(`https://${local.TAB_DOMAIN}`);
    expect(local.MicrosoftAppTenantId).toBe(local.AAD_APP_TENANT_ID);
  });
});
