import path from "node:path";
import { parseArgs } from "node:util";
import { buildAppPackage, type BuiltPackage } from "./build-app-package";
import { PackageError } from "./package-error";

const root = path.resolve(__dirname, "../../..");

/**
 * `npm run package [-- --env NAME]`: builds appPackage/build/appPackage.<NAME>.zip from
 * appPackage/ with the values of env/.env.<NAME> (and its .user file); NAME defaults to `local`.
 */
export async function packageApp(
  args: readonly string[],
  repositoryRoot = root,
): Promise<BuiltPackage> {
  const env = environmentName(args);
  return buildAppPackage({
    packageDir: path.join(repositoryRoot, "appPackage"),
    envDir: path.join(repositoryRoot, "env"),
    env,
  });
}

function environmentName(args: readonly string[]): string {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { env: { type: "string", short: "e", default: "local" } },
      strict: true,
      allowPositionals: false,
    });
    return values.env;
  } catch (error) {
    throw new PackageError(
      "bad_arguments",
      `${(error as Error).message}\nUsage: npm run package -- [--env NAME]   (NAME defaults to local)`,
    );
  }
}

async function main(): Promise<void> {
  try {
    const built = await packageApp(process.argv.slice(2));
    const relative = path.relative(process.cwd(), built.zipPath);
    process.stdout.write(`${relative}: ${built.entries.join(", ")}\n`);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    process.stderr.write(`npm run package: ${error.message}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
