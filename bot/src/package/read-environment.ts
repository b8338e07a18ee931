import { readFile } from "node:fs/promises";
import path from "node:path";
import { PackageError } from "./package-error";
import { parseEnvFile } from "./parse-env-file";

const envName = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The variables of one environment, and the files they came from (for error messages). */
export interface Environment {
  name: string;
  variables: Readonly<Record<string, string>>;
  files: readonly string[];
}

/**
 * Reads `env/.env.<name>` and, when present, `env/.env.<name>.user` (the git-ignored file with
 * the secrets), the second overriding the first as in the Teams toolkit.
 */
export async function readEnvironment(envDir: string, name: string): Promise<Environment> {
  if (!envName.test(name)) {
    throw new PackageError("bad_arguments", `"${name}" is not an environment name`);
  }
  const shared = path.join(envDir, `.env.${name}`);
  const secrets = `${shared}.user`;
  const base = await readIfPresent(shared);
  if (base === undefined) {
    throw new PackageError("missing_env_file", `No environment file ${shared}`);
  }

  const user = await readIfPresent(secrets);
  const variables = {
    ...parseEnvFile(base, shared),
    ...(user === undefined ? {} : parseEnvFile(user, secrets)),
  };
  return { name, variables, files: user === undefined ? [shared] : [shared, secrets] };
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
