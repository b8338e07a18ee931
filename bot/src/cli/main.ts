import { parseArgs } from "node:util";
import { broadcastCommand } from "./broadcast-command";
import { chatlogCommand } from "./chatlog-command";
import { demoCommand } from "./demo-command";
import { exportCommand } from "./export-command";
import { importVotesCommand } from "./import-votes-command";
import { serveCommand } from "./serve-command";

const usage = `Usage: npm run council -- <command> [options]

Commands:
  serve [--demo]                     run the service (PORT, HOST, DATA_DIR from the environment)
  demo                               drive a whole demo session through the API and export it
  import-votes --format popolo-csv <vote_events.csv> <votes.csv> [voters.csv] [options]
  import-votes --format her-xml <file.xml> [options]
        options: --rules ID (cz-municipal | votes-cast), --members N, --session ID,
                 --council NAME, --encoding windows-1250 (for files that cannot declare it)
  export --out DIR [--session ID]    minutes (HTML, Markdown), chat log, event log with verification
        options: --lang cs|en, --resolution-pattern "{number}/{session}/{year}",
                 --session-number N, --excused ID,ID, --verifiers ID,ID
        without --session every session goes to DIR/<session id>/
  chatlog --session ID               the bot's posts of a session as Markdown and CSV
  broadcast check --config FILE      connect to the switcher and check every mapped input, scene, preset
`;

/** Entry point of `npm run council`. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "serve": {
      const { values } = parseArgs({
        args: rest,
        options: { demo: { type: "boolean", default: false } },
      });
      await serveCommand({ demo: values.demo ?? false });
      return -1;
    }
    case "import-votes":
      return importVotesCommand(rest);
    case "broadcast":
      return broadcastCommand(rest);
    case "demo":
      return demoCommand(rest);
    case "export":
      return exportCommand(rest);
    case "chatlog":
      return chatlogCommand(rest);
    case undefined:
    case "help":
    case "--help":
      process.stdout.write(usage);
      return 0;
    default:
      process.stderr.write(`unknown command "${command}"\n\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    const err = error as { code?: string; message?: string };
    // Node's own argument errors name an internal code; say what to do instead.
    if (err.code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`error [usage]: ${err.message?.split(". ")[0]}\n\n${usage}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(
      `error${err.code ? ` [${err.code}]` : ""}: ${err.message ?? String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
