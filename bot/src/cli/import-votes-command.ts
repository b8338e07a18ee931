import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config/config";
import { ImportError } from "../import/import-error";
import { importVotes } from "../import/import-votes";
import type { ImportedVoteLine } from "../import/import-votes";
import { readPublishedVotes } from "../import/read-published-votes";
import { openDatabase, SqliteEventStore } from "../store";

const formats = ["popolo-csv", "her-xml"] as const;

/**
 * `import-votes --format popolo-csv|her-xml FILES… [--rules ID] [--members N] [--session ID]
 * [--encoding windows-1250] [--council NAME]`:
 * replays published roll-call votes as a session in the store of DATA_DIR, prints one JSON line
 * per vote and a summary line, and exits 1 when a recomputed result disagrees with a published one.
 * A session imported before is left as it is; its results are recomputed and printed again.
 */
export async function importVotesCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      rules: { type: "string", default: "cz-municipal" },
      members: { type: "string" },
      session: { type: "string" },
      council: { type: "string" },
      encoding: { type: "string" },
    },
  });
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format))
    throw new ImportError("import_usage", `--format must be one of ${formats.join(", ")}`);
  checkFiles(format, positionals);
  const members = values.members === undefined ? undefined : parseMembers(values.members);

  if (values.session !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(values.session)) {
    throw new ImportError("import_usage", "--session takes letters, digits, . _ - (at most 128)");
  }
  const set = readPublishedVotes(positionals, values.council, values.encoding);
  const sessionId = values.session ?? sessionIdOf(positionals[0] ?? set.source);
  const result = importVotes(set, { ruleSetId: values.rules, members, sessionId });

  const stored = await store(sessionId, result.events);
  for (const line of result.lines) process.stdout.write(`${JSON.stringify(printable(line))}\n`);
  process.stdout.write(`${JSON.stringify(result.summary)}\n`);
  for (const line of result.lines.filter((l) => l.note))
    process.stderr.write(`note: vote ${line.id}: ${line.note}\n`);
  const unpublished = result.lines.filter((l) => l.published === null).length;
  if (unpublished > 0) {
    const total = result.lines.length;
    process.stderr.write(
      `note: ${unpublished} of ${total} votes have no published result to compare with\n`,
    );
  }
  process.stderr.write(
    stored
      ? `imported as session ${sessionId}\n`
      : `session ${sessionId} exists already; not stored again\n`,
  );
  return result.summary.disagree > 0 ? 1 : 0;
}

function checkFiles(format: string, files: string[]): void {
  const xml = files.filter((f) => f.toLowerCase().endsWith(".xml")).length;
  const ok =
    format === "her-xml"
      ? files.length === 1 && xml === 1
      : (files.length === 2 || files.length === 3) && xml === 0;
  if (ok) return;
  const want =
    format === "her-xml"
      ? "one XML file"
      : "vote_events.csv and votes.csv (and optionally voters.csv)";
  throw new ImportError("import_usage", `${format} takes ${want}`);
}

function parseMembers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ImportError("import_usage", "--members must be a whole number ≥ 1");
  return n;
}

/** The fields the import prints, in a fixed order. */
function printable(line: ImportedVoteLine) {
  const { id, title, yes, no, abstain, notVoting, absent, result, published } = line;
  return { id, title, yes, no, abstain, notVoting, absent, result, published };
}

/** A stable session id from the first file's name, so a second import finds the first. */
function sessionIdOf(file: string): string {
  const base = path
    .basename(file)
    .replace(/\.[^.]+$/, "")
    .toLowerCase();
  return `import-${base}`.replace(/[^a-z0-9._-]+/g, "-").slice(0, 120);
}

async function store(
  sessionId: string,
  events: Parameters<SqliteEventStore["append"]>[2],
): Promise<boolean> {
  const config = loadConfig();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const db = openDatabase(path.join(config.dataDir, "council.sqlite"));
  try {
    const eventStore = new SqliteEventStore(db);
    const heads = await eventStore.listSessions();
    if (heads.some((h) => h.sessionId === sessionId)) return false;
    await eventStore.append(sessionId, 0, events);
    return true;
  } finally {
    db.close();
  }
}
