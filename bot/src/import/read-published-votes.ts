import { readFileSync } from "node:fs";
import path from "node:path";

import { decodeText } from "./decode-text";
import { ImportError } from "./import-error";
import type { InputFile } from "./input-file";
import { parseHerXml } from "./parse-her-xml";
import { parsePragueCsv } from "./parse-prague-csv";
import type { PublishedVoteSet } from "./published-votes";

/**
 * Reads published votes from files on disk and picks the parser: one `.xml` file is an H.E.R.
 * export; `.csv` files are Prague's Popolo pair (plus voters.csv), told apart by their headers
 * so their names do not matter.
 *
 * @example
 * readPublishedVotes(["vote_events.csv", "votes.csv", "voters.csv"]);
 */
export function readPublishedVotes(
  paths: readonly string[],
  council?: string,
  encoding?: string,
): PublishedVoteSet {
  const files = paths.map((p) => readInput(p, encoding));
  const xml = files.filter((file) => file.name.toLowerCase().endsWith(".xml"));
  if (xml.length === 1 && files.length === 1 && xml[0]) return parseHerXml(xml[0], { council });
  if (xml.length > 0) throw unusable(paths, "give one .xml file alone");

  const voteEvents = files.find((file) => hasColumn(file, "motion:result"));
  const votes = files.find((file) => hasColumn(file, "vote_event_id"));
  const voters = files.find((file) => file !== voteEvents && file !== votes);
  if (!voteEvents || !votes) throw unusable(paths, "need vote_events.csv and votes.csv");
  return parsePragueCsv({ voteEvents, votes, voters }, { council });
}

/** Reads a file; with an encoding given (a CSV cannot declare one), decodes it as that. */
function readInput(filePath: string, encoding?: string): InputFile {
  const name = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "unreadable";
    const code = reason === "ENOENT" ? "import_not_found" : "import_malformed";
    throw new ImportError(code, `cannot read (${reason})`, { file: filePath });
  }
  return { name, content: encoding ? decodeText(bytes, name, encoding) : bytes };
}

function hasColumn(file: InputFile, column: string): boolean {
  const text =
    typeof file.content === "string" ? file.content : decodeText(file.content, file.name);
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return header
    .replace(/^\ufeff/, "")
    .split(",")
    .includes(column);
}

function unusable(paths: readonly string[], detail: string): ImportError {
  return new ImportError("import_malformed", detail, { file: paths.join(", ") });
}
