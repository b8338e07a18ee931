import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import AdmZip from "adm-zip";
import { buildAppPackage } from "./build-app-package";
import { validateAgainstBundledSchema } from "./bundled-schema";
import { packageApp } from "./package-app";
import { PackageError } from "./package-error";
import { parseEnvFile } from "./parse-env-file";

const root = path.resolve(__dirname, "../../..");
const packageDir = path.join(root, "appPackage");
const envDir = path.join(root, "env");

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("buildAppPackage", () => {
  let outDir: string;

  beforeEach(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), "council-package-"));
  });

  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("zips the manifest, the English strings and both icons, flat", async () => {
    const built = await buildAppPackage({ packageDir, envDir, env: "local", outDir });
    const zip = new AdmZip(built.zipPath);

    expect(built.zipPath).toBe(path.join(outDir, "appPackage.local.zip"));
    expect(
      zip
        .getEntries()
        .map((entry) => entry.entryName)
        .sort(),
    ).toEqual(["color.png", "en.json", "manifest.json", "outline.png"]);
    expect(zip.readFile("color.png")).toEqual(await readFile(path.join(packageDir, "color.png")));
    expect(zip.readFile("outline.png")).toEqual(
      await readFile(path.join(packageDir, "outline.png")),
    );
  });

  it("puts the environment's values into the zipped manifest, which stays schema-valid", async () => {
    const local = parseEnvFile(await readFile(path.join(envDir, ".env.local"), "utf8"), "local");

    const built = await buildAppPackage({ packageDir, envDir, env: "local", outDir });
    const zip = new AdmZip(built.zipPath);
    const text = zip.readAsText("manifest.json");
    const manifest = JSON.parse(text) as Json;

    expect(text).not.toContain("${{");
    expect(manifest.id).toBe(local.TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(local.BOT_ID);
    expect(manifest.configurableTabs[0].configurationUrl).toBe(`${local.TAB_ENDPOINT}/config`);
    expect(manifest.webApplicationInfo).toEqual({
      id: local.AAD_APP_CLIENT_ID,
      resource: local.AAD_APP_ID_URI,
    });
    expect(manifest.validDomains).toEqual([local.TAB_DOMAIN]);
    await expect(
      validateAgainstBundledSchema(manifest, manifest.manifestVersion, "manifest"),
    ).resolves.toEqual([]);
    await expect(
      validateAgainstBundledSchema(
        JSON.parse(zip.readAsText("en.json")) as Json,
        manifest.manifestVersion,
        "localization",
      ),
    ).resolves.toEqual([]);
  });

  it("lists a separate bot domain once each and lets the .user file override", async () => {
    const dir = await envCopy(outDir, { BOT_DOMAIN: "bot.example.org" });
    await writeFile(path.join(dir, ".env.local.user"), "TAB_DOMAIN=tab.example.org\n");

    const built = await buildAppPackage({ packageDir, envDir: dir, env: "local", outDir });

    expect(built.manifest.validDomains).toEqual(["tab.example.org", "bot.example.org"]);
  });

  it("refuses an environment without a value for a variable, naming it, and writes nothing", async () => {
    const dir = await envCopy(outDir, { BOT_ID: "", TEAMS_APP_ID: "" });

    const build = buildAppPackage({ packageDir, envDir: dir, env: "local", outDir });

    await expect(build).rejects.toThrow(PackageError);
    await expect(build).rejects.toThrow("needs a value for TEAMS_APP_ID, BOT_ID");
    await expect(readFile(path.join(outDir, "appPackage.local.zip"))).rejects.toThrow("ENOENT");
  });

  it("refuses a value that breaks the schema, quoting the schema's complaint", async () => {
    const dir = await envCopy(outDir, { TEAMS_APP_ID: "not-a-guid" });

    const build = buildAppPackage({ packageDir, envDir: dir, env: "local", outDir });

    await expect(build).rejects.toThrow(/manifest.json does not match its schema:\n {2}\/id /);
  });

  it("refuses an environment that has no file", async () => {
    await expect(
      buildAppPackage({ packageDir, envDir, env: "nowhere", outDir }),
    ).rejects.toMatchObject({ reason: "missing_env_file" });
  });
});

describe("packageApp (npm run package)", () => {
  it("defaults to the local environment and writes appPackage/build/appPackage.local.zip", async () => {
    const built = await packageApp([]);

    expect(built.zipPath).toBe(path.join(packageDir, "build", "appPackage.local.zip"));
    expect(built.entries[0]).toBe("manifest.json");
  });

  it("refuses unknown options and environment names that are paths", async () => {
    await expect(packageApp(["--envv", "dev"])).rejects.toMatchObject({ reason: "bad_arguments" });
    await expect(packageApp(["--env", "../secrets"])).rejects.toMatchObject({
      reason: "bad_arguments",
    });
  });
});

/** A copy of env/.env.local in a temporary folder with some variables replaced. */
async function envCopy(folder: string, overrides: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(folder, "env-"));
  const lines = (await readFile(path.join(envDir, ".env.local"), "utf8"))
    .split("\n")
    .map((line) => {
      const name = line.split("=")[0]!;
      return name in overrides ? `${name}=${overrides[name]}` : line;
    });
  await writeFile(path.join(dir, ".env.local"), lines.join("\n"));
  return dir;
}
