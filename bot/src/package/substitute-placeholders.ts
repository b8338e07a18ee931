import { PackageError } from "./package-error";
import { placeholderNames, placeholderPattern } from "./placeholder-names";

/**
 * Replaces every `${{NAME}}` in the string values of a parsed JSON document. Values are put in
 * after parsing, so a value with quotes or backslashes cannot break the JSON. A placeholder
 * whose variable is missing or empty is an error naming every such variable at once.
 */
export function substitutePlaceholders<T>(
  document: T,
  variables: Readonly<Record<string, string>>,
  where: string,
): T {
  const missing = new Set<string>();
  const result = walk(document, (text) => {
    for (const name of placeholderNames(text)) {
      if (!variables[name]) missing.add(name);
    }
    return text.replace(placeholderPattern, (_, name: string) => variables[name] ?? "");
  });

  if (missing.size > 0) {
    const names = [...missing].join(", ");
    throw new PackageError("missing_variable", `${where} needs a value for ${names}`);
  }
  return result as T;
}

function walk(value: unknown, onString: (text: string) => string): unknown {
  if (typeof value === "string") return onString(value);
  if (Array.isArray(value)) return value.map((item) => walk(item, onString));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, walk(item, onString)]),
    );
  }
  return value;
}
