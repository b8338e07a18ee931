import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { holdsSeat } from "@council/core";
import type { App } from "../app";
import { startApp } from "../app";
import { loadConfig } from "../config/config";
import { createLogger } from "../config/logger";
import { DemoClient, LiveObserver } from "../demo/demo-client";
import { DEMO_SESSION_ID, demoCreateCommand } from "../demo/demo-files";
import { playDemoSession } from "../demo/demo-script";
import { ensureDemoSession } from "../demo/ensure-demo-session";
import { installBotInDemoChat } from "../demo/install-bot-in-demo-chat";
import { writeExport } from "../export/write-export";
import { LocalConnector } from "../teams";

/**
 * `demo [--out DIR] [--pace MS]`: plays a whole session through the real HTTP API and live feed with the 23
 * simulated councillors, the bot posting to a local Bot Connector stand-in, then exports the
 * record into DIR (default ./out/demo). The service's data for the run goes to DIR/data, made
 * fresh each time, so the demo never touches the data of `npm start`.
 */
export async function demoCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: "string", default: "out/demo" },
      pace: { type: "string", default: "0" },
    },
  });
  const paceMs = Number(values.pace);
  if (!Number.isInteger(paceMs) || paceMs < 0)
    throw new Error("--pace takes whole milliseconds ≥ 0");
  const outDir = path.resolve(values.out ?? "out/demo");
  const dataDir = path.join(outDir, "data");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({ ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir });
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn");
  const connector = await LocalConnector.start();
  const app = await startApp(config, logger, {
    clock: sessionClock(demoCreateCommand().scheduledFor),
  });
  try {
    return await run(app, connector, outDir, paceMs);
  } finally {
    await app.close();
    await connector.stop();
  }
}

async function run(
  app: App,
  connector: LocalConnector,
  outDir: string,
  paceMs: number,
): Promise<number> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`Service at ${app.url}; Bot Connector stand-in at ${connector.serviceUrl}`);
  const links = await ensureDemoSession(app, app.url);
  await installBotInDemoChat(app.url, connector.serviceUrl);
  log("Bot installed in the meeting chat");

  const client = (id: string, token: string) =>
    new DemoClient(app.url, DEMO_SESSION_ID, id, token, paceMs);
  const chair = links.find((l) => l.member.role === "chair");
  const clerk = links.find((l) => l.member.role === "clerk");
  if (!chair || !clerk) throw new Error("the demo roster needs a chair and a clerk");
  const members = new Map(
    links
      .filter((l) => holdsSeat(l.member))
      .map((l) => [l.member.id, client(l.member.id, l.token)]),
  );
  const live = await LiveObserver.connect(app.url, DEMO_SESSION_ID);

  const final = await playDemoSession({
    chair: client(chair.member.id, chair.token),
    clerk: client(clerk.member.id, clerk.token),
    members,
    roster: links.map((l) => l.member),
    live,
    log,
  });
  live.close();

  const posts = await drainOutbox(app);
  log(
    `Bot posts: ${connector.posts().length} messages, ${connector.updates().length} in-place updates (${posts} outbox entries)`,
  );
  const files = await writeExport(
    { events: app.store, outbox: app.outbox },
    DEMO_SESSION_ID,
    outDir,
  );
  log(
    `\nSession ${final.status} (${final.closeReason}); ${final.seq} events; ${final.votes.length} votes.`,
  );
  log(`Exported to ${outDir}:`);
  for (const file of files) log(`  ${file}`);
  return 0;
}

/**
 * The demo plays the session on the evening of its agenda rather than today: the clock starts at
 * the scheduled time and moves 20 seconds with every command, so the minutes read like a session.
 */
function sessionClock(start: string | undefined): () => Date {
  let next = start ? Date.parse(start) : Date.now();
  return () => {
    const now = new Date(next);
    next += 20_000;
    return now;
  };
}

/** Waits until the bot has delivered every post of the demo (30 s at most). */
async function drainOutbox(app: App): Promise<number> {
  await app.feedOutbox(DEMO_SESSION_ID);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const posts = await app.outbox.list(DEMO_SESSION_ID);
    if (posts.every((p) => p.status !== "pending")) return posts.length;
    if (Date.now() > deadline) throw new Error("the bot did not deliver its posts within 30 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
