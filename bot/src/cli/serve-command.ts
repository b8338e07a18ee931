import { startApp } from "../app";
import { loadConfig } from "../config/config";
import { createLogger } from "../config/logger";
import { ensureDemoSession } from "../demo/ensure-demo-session";

/** `serve [--demo]`: runs the service until SIGINT/SIGTERM; with --demo loads the demo session. */
export async function serveCommand(options: { demo: boolean }): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  const base = config.port === 0 ? app.url : config.publicUrl;
  process.stdout.write(`\nCouncil Live is running at ${base}  (health: ${base}/healthz)\n`);
  if (options.demo) printDemoLinks(await ensureDemoSession(app, base));

  const stop = async (signal: string) => {
    logger.info({ signal }, "shutting_down");
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

function printDemoLinks(links: Awaited<ReturnType<typeof ensureDemoSession>>): void {
  const lines = [
    "",
    "Demo session – open these links in a browser (each one signs you in as that person):",
    "",
  ];
  for (const { member, url } of links) {
    const role = {
      chair: "chair / předsedající",
      clerk: "clerk / zapisovatel",
      member: "councillor / zastupitel",
    }[member.role];
    lines.push(`  ${member.name} (${role}, ${member.group}):`, `    ${url}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
}
