import path from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "@council/core";
import { loadConfig } from "../config/config";
import { ExportError } from "../export/export-error";
import type { MinutesOptions } from "../export/minutes-model";
import { openExportStore } from "../export/open-export-store";
import { writeExport } from "../export/write-export";

/** Where a CLI command reads its environment and writes its output; tests pass their own. */
export interface CommandIo {
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CommandIo = {
  env: process.env,
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

const usage = `Usage: export --out DIR [--session ID] [--lang cs|en] [--resolution-pattern P]
              [--session-number N] [--excused ID,ID] [--verifiers ID,ID]
`;

const options = {
  out: { type: "string" },
  session: { type: "string" },
  lang: { type: "string" },
  "resolution-pattern": { type: "string" },
  "session-number": { type: "string" },
  excused: { type: "string" },
  verifiers: { type: "string" },
} as const;

/**
 * `export --out DIR [--session ID]`: writes the minutes (HTML, Markdown), the chat log
 * (Markdown, CSV), events.jsonl and verify.json of a session from the SQLite store in DATA_DIR,
 * without starting the service. Without --session: the one session in the store goes straight
 * into DIR; with several, each goes into DIR/<session id>/ so that no session is silently
 * skipped or overwritten by another. Prints every file written. Exit codes: 0 done, 1 no store
 * or no such session or a bad option value, 2 bad usage.
 */
export async function exportCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  const parsed = parse(argv, io);
  if (!parsed) return 2;

  try {
    const { dataDir } = loadConfig(io.env);
    const store = openExportStore(dataDir);
    try {
      const targets = await exportTargets(store.events, parsed.session, parsed.out);
      for (const { sessionId, dir } of targets) {
        const files = await writeExport(store, sessionId, dir, parsed.minutes);
        io.out(files.map((file) => `${file}\n`).join(""));
      }
      return 0;
    } finally {
      store.close();
    }
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    io.err(`error [${error.code}]: ${error.message}\n`);
    return 1;
  }
}

interface ParsedExport {
  out: string;
  session?: string;
  minutes: MinutesOptions;
}

function parse(argv: string[], io: CommandIo): ParsedExport | undefined {
  let values;
  try {
    values = parseArgs({ args: argv, options, strict: true }).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return undefined;
  }
  const lang = values.lang ?? "cs";
  if (!values.out || (lang !== "cs" && lang !== "en")) {
    io.err(values.out ? `--lang must be cs or en\n\n${usage}` : `--out is required\n\n${usage}`);
    return undefined;
  }
  const minutes: MinutesOptions = {
    lang: lang as Lang,
    resolutionPattern: values["resolution-pattern"],
    sessionNumber: values["session-number"],
    excused: idList(values.excused),
    verifiers: idList(values.verifiers),
  };
  return { out: path.resolve(values.out), session: values.session, minutes };
}

function idList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
}

async function exportTargets(
  events: { listSessions(): Promise<{ sessionId: string }[]> },
  session: string | undefined,
  out: string,
): Promise<{ sessionId: string; dir: string }[]> {
  if (session !== undefined) return [{ sessionId: session, dir: out }];
  const sessions = await events.listSessions();
  if (sessions.length === 0)
    throw new ExportError("session_not_found", "the store holds no session");
  const only = sessions.length === 1 ? sessions[0] : undefined;
  if (only) return [{ sessionId: only.sessionId, dir: out }];
  return sessions.map(({ sessionId }) => ({
    sessionId,
    dir: path.join(out, folderName(sessionId)),
  }));
}

/** A session id as one folder name: nothing that climbs out of DIR or splits into folders. */
function folderName(sessionId: string): string {
  const safe = sessionId.replace(/[^\p{L}\p{N}._-]/gu, "_");
  return /^\.*$/.test(safe) ? `_${safe}` : safe;
}
