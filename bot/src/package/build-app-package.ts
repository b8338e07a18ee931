import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import AdmZip from "adm-zip";
import { validateAgainstBundledSchema } from "./bundled-schema";
import { PackageError } from "./package-error";
import { packageFiles } from "./package-files";
import { readEnvironment, type Environment } from "./read-environment";
import { requestedRscPermissions, rscPermissionProblems } from "./rsc-permissions";
import { substitutePlaceholders } from "./substitute-placeholders";

/** Where the package comes from and goes to. */
export interface PackageOptions {
  /** Folder with manifest.json, icons and language files (the repository's appPackage/). */
  packageDir: string;
  /** Folder with the `.env.<name>` files (the repository's env/). */
  envDir: string;
  /** Environment name: `local`, `dev`, ... */
  env: string;
  /** Output folder; default `<packageDir>/build`. */
  outDir?: string;
}

/** A package written to disk. */
export interface BuiltPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
  /** The entries of the zip, manifest.json first. */
  entries: string[];
}

type Json = Record<string, unknown>;

/**
 * Builds `appPackage.<env>.zip`: the manifest and language files with the environment's values
 * put in for every `${{NAME}}`, checked against the official schema bundled with
 * `@microsoft/app-manifest` and the list of documented RSC permissions, zipped flat with the
 * icons. Nothing is written unless every check passes.
 */
export async function buildAppPackage(options: PackageOptions): Promise<BuiltPackage> {
  const environment = await readEnvironment(options.envDir, options.env);
  const manifest = await checkedManifest(options.packageDir, environment);
  const entries = await packageEntries(options.packageDir, environment, manifest);

  const outDir = options.outDir ?? path.join(options.packageDir, "build");
  const zipPath = await writeZip(outDir, options.env, entries);
  await writeFile(path.join(outDir, `manifest.${options.env}.json`), jsonBytes(manifest));
  return { zipPath, manifest, entries: [...entries.keys()] };
}

async function checkedManifest(packageDir: string, environment: Environment): Promise<Json> {
  const template = await readJson(packageDir, "manifest.json");
  const manifest = withDistinctDomains(
    substitutePlaceholders(template, environment.variables, origin("manifest.json", environment)),
  );
  const version = String(manifest.manifestVersion);
  check("manifest.json", await validateAgainstBundledSchema(manifest, version, "manifest"));
  checkPermissions(manifest);
  return manifest;
}

/** manifest.json first, then the language files (filled and checked), then the icons. */
async function packageEntries(
  packageDir: string,
  environment: Environment,
  manifest: Json,
): Promise<Map<string, Buffer>> {
  const version = String(manifest.manifestVersion);
  const { icons, languageFiles } = packageFiles(manifest);
  const entries = new Map<string, Buffer>([["manifest.json", jsonBytes(manifest)]]);
  for (const file of languageFiles) {
    const template = await readJson(packageDir, file);
    const strings = substitutePlaceholders(
      template,
      environment.variables,
      origin(file, environment),
    );
    check(file, await validateAgainstBundledSchema(strings, version, "localization"));
    entries.set(file, jsonBytes(strings));
  }
  for (const icon of icons) entries.set(icon, await readPackageFile(packageDir, icon));
  return entries;
}

function origin(file: string, environment: Environment): string {
  return `${file} (environment "${environment.name}": ${environment.files.join(", ")})`;
}

/** Tab and bot are often the same host; Teams wants each valid domain listed once. */
function withDistinctDomains(manifest: Json): Json {
  const domains = manifest.validDomains;
  if (!Array.isArray(domains)) return manifest;
  return { ...manifest, validDomains: [...new Set(domains)] };
}

function check(file: string, errors: string[]): void {
  if (errors.length === 0) return;
  const lines = errors.map((error) => `  ${error}`).join("\n");
  throw new PackageError("invalid_manifest", `${file} does not match its schema:\n${lines}`);
}

function checkPermissions(manifest: Json): void {
  const problems = rscPermissionProblems(requestedRscPermissions(manifest));
  if (problems.length > 0) {
    throw new PackageError("unknown_permission", `manifest.json: ${problems.join("; ")}`);
  }
}

async function readJson(folder: string, file: string): Promise<Json> {
  const text = (await readPackageFile(folder, file)).toString("utf8");
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as Json;
  } catch (error) {
    throw new PackageError("invalid_manifest", `${file} is not JSON: ${(error as Error).message}`);
  }
}

async function readPackageFile(folder: string, file: string): Promise<Buffer> {
  try {
    return await readFile(path.join(folder, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new PackageError(
      "missing_file",
      `The manifest refers to ${file}, which is not in ${folder}`,
    );
  }
}

function jsonBytes(document: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, "utf8");
}

async function writeZip(
  outDir: string,
  env: string,
  entries: Map<string, Buffer>,
): Promise<string> {
  const zip = new AdmZip();
  for (const [name, bytes] of entries) zip.addFile(name, bytes);
  await mkdir(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${env}.zip`);
  await zip.writeZipPromise(zipPath);
  return zipPath;
}
