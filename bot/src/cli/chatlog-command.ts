import { parseArgs } from "node:util";
import type { Lang } from "@council/core";
import { foldEvents } from "@council/core";
import { loadConfig } from "../config/config";
import { ExportError } from "../export/export-error";
import { openExportStore } from "../export/open-export-store";
import { renderChatLogCsv, renderChatLogMarkdown } from "../export/render-chat-log";
import type { CommandIo } from "./export-command";
import { processIo } from "./export-command";

const usage = `Usage: chatlog --session ID [--format md|csv] [--lang cs|en]
`;

const options = {
  session: { type: "string" },
  format: { type: "string" },
  lang: { type: "string" },
} as const;

/**
 * `chatlog --session ID [--format md|csv]`: prints the bot's posts of a session (its chat log)
 * from the SQLite store in DATA_DIR. Without --format it prints the Markdown, a separating line,
 * then the CSV. Exit codes: 0 printed, 1 no store or no such session, 2 bad usage.
 */
export async function chatlogCommand(argv: string[], io: CommandIo = processIo): Promise<number> {
  const parsed = parse(argv, io);
  if (!parsed) return 2;

  try {
    const store = openExportStore(loadConfig(io.env).dataDir);
    try {
      const events = await store.events.read(parsed.session);
      if (events.length === 0) {
        throw new ExportError(
          "session_not_found",
          `there is no session "${parsed.session}" in the store`,
        );
      }
      const state = foldEvents(parsed.session, events);
      const posts = await store.outbox.list(parsed.session);
      const chatOptions = { lang: parsed.lang, timeZone: state.timeZone, title: state.title };
      const markdown = () => renderChatLogMarkdown(posts, chatOptions);
      if (parsed.format === "md") io.out(markdown());
      else if (parsed.format === "csv") io.out(renderChatLogCsv(posts));
      else io.out(`${markdown()}\n---\n\n${renderChatLogCsv(posts)}`);
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

interface ParsedChatlog {
  session: string;
  format?: "md" | "csv";
  lang: Lang;
}

function parse(argv: string[], io: CommandIo): ParsedChatlog | undefined {
  let values;
  try {
    values = parseArgs({ args: argv, options, strict: true }).values;
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return undefined;
  }
  const problem = !values.session
    ? "--session is required"
    : values.format !== undefined && values.format !== "md" && values.format !== "csv"
      ? "--format must be md or csv"
      : values.lang !== undefined && values.lang !== "cs" && values.lang !== "en"
        ? "--lang must be cs or en"
        : undefined;
  if (problem || !values.session) {
    io.err(`${problem}\n\n${usage}`);
    return undefined;
  }
  return {
    session: values.session,
    format: values.format as ParsedChatlog["format"],
    lang: (values.lang ?? "cs") as Lang,
  };
}
