import { PackageError } from "./package-error";

const assignment = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/;

/**
 * Reads the dotenv format the Teams toolkit writes: `NAME=value` lines, `#` comments, blank
 * lines, values optionally in single or double quotes. Anything else is an error naming the
 * line, so a typo does not silently drop a variable.
 *
 * @example parseEnvFile("TAB_DOMAIN=council.example.org\n# comment") // { TAB_DOMAIN: "council.example.org" }
 */
export function parseEnvFile(text: string, fileName: string): Record<string, string> {
  const variables: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;

    const match = assignment.exec(line);
    if (!match) {
      throw new PackageError(
        "bad_env_file",
        `${fileName}:${index + 1} is not a NAME=value line: "${line}"`,
      );
    }
    variables[match[1]!] = unquote(match[2]!.trim());
  });
  return variables;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2]! : value;
}
