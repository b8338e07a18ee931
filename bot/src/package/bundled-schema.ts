import { readFile } from "node:fs/promises";
import path from "node:path";
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";
import { PackageError } from "./package-error";

type SchemaKind = "manifest" | "localization";

const schemaFiles: Record<SchemaKind, string> = {
  manifest: "MicrosoftTeams.schema.json",
  localization: "MicrosoftTeams.Localization.schema.json",
};

/** Folder of the Teams JSON schemas that `@microsoft/app-manifest` ships (v1.0 to v1.30). */
export const bundledSchemaFolder = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build/json-schemas/teams",
);

/**
 * Reads the official schema of a manifest version from the copy bundled in the package. The
 * schema is passed to the validator explicitly: its own lookup falls back to downloading from
 * developer.microsoft.com, and validation here must never touch the network.
 */
export async function loadBundledSchema(version: string, kind: SchemaKind): Promise<object> {
  const file = path.join(bundledSchemaFolder, `v${version}`, schemaFiles[kind]);
  try {
    return withUnicodeSafePatterns(JSON.parse(await readFile(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    throw new PackageError(
      "invalid_manifest",
      `No bundled ${kind} schema for manifest version "${version}" (looked for ${file})`,
    );
  }
}

/**
 * Validates a document against a bundled schema; returns the schema errors, empty when valid.
 *
 * @example await validateAgainstBundledSchema(manifest, "1.24", "manifest") // []
 */
export async function validateAgainstBundledSchema(
  document: object,
  version: string,
  kind: SchemaKind,
): Promise<string[]> {
  const schema = await loadBundledSchema(version, kind);
  // The validator is typed for Teams manifests but compiles whatever schema it is given.
  return AppManifestUtils.validateAgainstSchema(
    document as AppManifest,
    schema as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1],
  );
}

/**
 * The bundled Localization schemas (v1.22 to v1.30) have two property-name patterns with a lone
 * `]`, which the validator's regex engine (unicode mode) refuses to compile. A lone `]` means
 * a literal `]`, so escaping it keeps the pattern's meaning; a pattern that still does not
 * compile is dropped, which under `additionalProperties: false` makes such keys errors.
 */
function withUnicodeSafePatterns(node: unknown): object {
  if (Array.isArray(node)) return node.map(withUnicodeSafePatterns);
  if (node === null || typeof node !== "object") return node as object;
  return Object.fromEntries(
    Object.entries(node).flatMap(([key, value]) => {
      if (key !== "patternProperties" || value === null || typeof value !== "object") {
        return [[key, withUnicodeSafePatterns(value)]];
      }
      const patterns = Object.entries(value).flatMap(([pattern, schema]) => {
        const safe = escapeLoneBrackets(pattern);
        return compiles(safe) ? [[safe, withUnicodeSafePatterns(schema)]] : [];
      });
      return [[key, Object.fromEntries(patterns)]];
    }),
  );
}

function escapeLoneBrackets(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "\\") {
      out += char + (pattern[++i] ?? "");
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]" && inClass) inClass = false;
    else if (char === "]") {
      out += "\\]";
      continue;
    }
    out += char;
  }
  return out;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}
