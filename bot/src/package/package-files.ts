import path from "node:path";
import { PackageError } from "./package-error";

/** The files a manifest points at, by role; paths are relative to the manifest. */
export interface PackageFiles {
  icons: string[];
  languageFiles: string[];
}

interface ManifestFileFields {
  icons?: Record<string, unknown>;
  localizationInfo?: {
    defaultLanguageFile?: unknown;
    additionalLanguages?: Array<{ file?: unknown }>;
  };
}

/**
 * The icons and language files a manifest refers to. A path that is absolute or climbs out of
 * the package folder is refused: Teams expects every file flat in the zip beside the manifest.
 */
export function packageFiles(manifest: object): PackageFiles {
  const { icons = {}, localizationInfo } = manifest as ManifestFileFields;
  const languageFiles = [
    localizationInfo?.defaultLanguageFile,
    ...(localizationInfo?.additionalLanguages ?? []).map((language) => language.file),
  ];
  return {
    icons: Object.values(icons).filter(isString).map(checked),
    languageFiles: languageFiles.filter(isString).map(checked),
  };
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function checked(file: string): string {
  const normal = path.posix.normalize(file);
  if (path.posix.isAbsolute(normal) || normal.startsWith("..") || normal.includes("/")) {
    throw new PackageError("missing_file", `"${file}" must be a file beside manifest.json`);
  }
  return normal;
}
