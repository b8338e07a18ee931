import { ExportError } from "./export-error";

/** Resolution number / session number / year, as many Czech towns write it: "15/13/2020". */
export const DEFAULT_RESOLUTION_PATTERN = "{number}/{session}/{year}";

/** What a resolution number pattern may use. */
export interface ResolutionNumberFields {
  /** Running number of the resolution (from the first number given, 1 by default). */
  number: number;
  /** The session's number or, failing that, its id. */
  session: string;
  /** Year of the session in its own time zone. */
  year: string;
  /** Number of the agenda item the vote belonged to. */
  item?: number;
  /** Number of the vote within the session. */
  vote: number;
}

const placeholders = ["number", "session", "year", "item", "vote"] as const;
const placeholderPattern = /\{([^{}]*)\}/g;

/**
 * Checks a pattern before anything is numbered with it: a misspelt placeholder would otherwise
 * end up verbatim in official minutes.
 */
export function checkResolutionPattern(pattern: string): void {
  const unknown = [...pattern.matchAll(placeholderPattern)]
    .map((match) => match[1] ?? "")
    .filter((name) => !placeholders.includes(name as (typeof placeholders)[number]));
  if (unknown.length > 0) {
    const allowed = placeholders.map((p) => `{${p}}`).join(", ");
    throw new ExportError(
      "invalid_option",
      `resolution number pattern "${pattern}" uses ${unknown.map((u) => `{${u}}`).join(", ")}; allowed: ${allowed}`,
    );
  }
  if (!pattern.includes("{number}")) {
    throw new ExportError(
      "invalid_option",
      `resolution number pattern "${pattern}" needs {number}, or every resolution gets the same number`,
    );
  }
}

/**
 * Fills a pattern such as `{number}/{session}/{year}` or `ZM/{year}/{number}`.
 *
 * @example
 * resolutionNumber("{number}/{session}/{year}", { number: 1, session: "1", year: "2020", vote: 3 })
 * // "1/1/2020"
 */
export function resolutionNumber(pattern: string, fields: ResolutionNumberFields): string {
  checkResolutionPattern(pattern);
  return pattern.replace(placeholderPattern, (_, name: (typeof placeholders)[number]) =>
    String(fields[name] ?? ""),
  );
}

/**
 * The session's number from its title: "13. zasedání zastupitelstva" or "Zasedání zastupitelstva
 * obce Čerčany č. 1/2020" (number/year, as notices of Czech towns write it).
 */
export function sessionNumberFromTitle(title: string): string | undefined {
  return /^\s*(\d+)\s*\./.exec(title)?.[1] ?? /(?:^|\s)č\.\s*(\d+)\s*\/\s*\d{4}\b/.exec(title)?.[1];
}
