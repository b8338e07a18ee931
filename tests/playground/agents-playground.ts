import type { ChildProcess } from "node:child_process";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type net from "node:net";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { closeForward, forward, portOf } from "./socket-forward";

/**
 * The Playground version whose automation API these helpers speak. The API (`/_conversation`,
 * `/_internal`) is undocumented and was read from this version's bundle: a new version must be
 * checked against it before the pin moves.
 */
export const PLAYGROUND_VERSION = "0.2.28";

/** The bot's account in every Playground conversation; a group message reaches the bot only if it mentions this id. */
export const PLAYGROUND_BOT = { id: "00000000-0000-0000-0000-00000000000011", name: "Test Bot" };

const root = join(__dirname, "../..");
const packageDir = join(root, "node_modules/@microsoft/m365agentsplayground");
const binary = join(root, "node_modules/.bin/agentsplayground");
const tsx = join(root, "node_modules/.bin/tsx");

/**
 * How the Playground can run here. It listens on every interface and has no host flag, so it
 * runs in a network namespace of its own (root may `unshare -n`), reached only through Unix
 * sockets from this machine's loopback. Where that is impossible it runs only if the runner
 * says it is isolated (PLAYGROUND_ALLOW_ALL_INTERFACES=1), bound for the test's duration.
 */
export type Isolation = "namespace" | "all-interfaces";

export function playgroundIsolation(): Isolation | undefined {
  if (spawnSync("unshare", ["-n", "true"]).status === 0) return "namespace";
  if (process.env.PLAYGROUND_ALLOW_ALL_INTERFACES === "1") return "all-interfaces";
  return undefined;
}

/** The installed Playground's version, from its package.json. */
export function installedPlaygroundVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  return (manifest as { version: string }).version;
}

/** A user of the Playground's mock tenant. */
export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
}

/** What `GET /_internal/v1/config` says; the ids change with every run. */
export interface PlaygroundConfig {
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  groupChats: { id: string; name: string; members: string[] }[];
}

/** One record of the Playground's log file that carries a JSON payload. */
export type PlaygroundLogRecord = Record<string, unknown>;

interface Started {
  child: ChildProcess;
  dir: string;
  port: number;
  forwards: net.Server[];
}

/**
 * The Microsoft 365 Agents Playground run against a bot on loopback, driven through its
 * automation API. Always `stop()` it: that ends its whole process group.
 *
 * @example
 * const playground = await AgentsPlayground.start("http://127.0.0.1:3978", "namespace");
 * const { groupChats } = await playground.config();
 * await playground.stop();
 */
export class AgentsPlayground {
  private output = "";

  private constructor(private readonly started: Started) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString("utf8")).slice(-20_000);
    };
    started.child.stdout?.on("data", keep);
    started.child.stderr?.on("data", keep);
  }

  /** Starts the Playground for the bot at `botUrl` and waits until its API answers. */
  static async start(botUrl: string, isolation: Isolation): Promise<AgentsPlayground> {
    const dir = mkdtempSync(join(tmpdir(), "council-playground-"));
    const botPort = Number(new URL(botUrl).port);
    const started =
      isolation === "namespace"
        ? await startInNamespace(dir, botPort)
        : await startOnAllInterfaces(dir, botPort);
    const playground = new AgentsPlayground(started);
    try {
      await playground.waitUntilReady();
    } catch (error) {
      await playground.stop();
      throw error;
    }
    return playground;
  }

  /** The Playground's address on this machine's loopback. */
  get url(): string {
    return `http://127.0.0.1:${this.started.port}`;
  }

  /** The serviceUrl the Playground puts on the activities it sends the bot. */
  get serviceUrl(): string {
    return `${this.url}/_connector`;
  }

  async config(): Promise<PlaygroundConfig> {
    const body = (await this.request("GET", "/_internal/v1/config")) as {
      config: PlaygroundConfig;
    };
    return body.config;
  }

  /** A chat message from the Playground's signed-in user, mentioning the bot when asked. */
  async sendMessage(conversationId: string, text: string, mentionBot = true): Promise<void> {
    const mention = `<at>${PLAYGROUND_BOT.name}</at>`;
    await this.request("POST", `/_conversation/v1/conversations/${conversationId}/messages`, {
      from: { id: "user-id-0" },
      text: mentionBot ? `${mention} ${text}` : text,
      textFormat: "plain",
      mentions: mentionBot ? [{ mentioned: { id: PLAYGROUND_BOT.id }, text: mention }] : [],
    });
  }

  /** Presses an Action.Execute button on the bot's message `replyToId`: the bot's invoke answer. */
  async pressButton(input: {
    conversationId: string;
    replyToId: string;
    userId: string;
    verb: string;
    data: Record<string, string>;
  }): Promise<{ type: string; value: unknown }> {
    const value = {
      action: { type: "Action.Execute", verb: input.verb, data: input.data },
      trigger: "manual",
    };
    const body = await this.request("POST", "/_conversation/v1/invoke", {
      name: "adaptiveCard/action",
      value,
      from: { id: input.userId },
      conversation: { id: input.conversationId },
      replyToId: input.replyToId,
    });
    return body as { type: string; value: unknown };
  }

  /** Forwards a raw activity to the bot as if Teams had sent it (meeting events, for one). */
  async sendRawActivity(activity: unknown): Promise<void> {
    await this.request("POST", "/_internal/v1/customActivities", activity);
  }

  /** Every JSON payload the Playground has written to its log file so far. */
  logRecords(): PlaygroundLogRecord[] {
    const file = join(this.started.dir, "playground.log");
    if (!existsSync(file)) return [];
    return readFileSync(file, "utf8").split("\n").flatMap(jsonIn);
  }

  /**
   * What the bot sent to the Playground's connector, newest last: each entry is the activity
   * the bot posted or put, with the HTTP method inferred from the Playground's record.
   */
  botActivities(): { body: Record<string, unknown>; status: number }[] {
    return this.logRecords()
      .map((record) =>
        record.logAction === "appendLog" ? (record.log as PlaygroundLogRecord) : undefined,
      )
      .filter((log) => log?.from === "User Application")
      .map((log) => ({
        body: ((log!.request as PlaygroundLogRecord | undefined)?.body ?? {}) as Record<
          string,
          unknown
        >,
        status: Number((log!.response as PlaygroundLogRecord | undefined)?.statusCode),
      }));
  }

  /** Waits until `probe` returns something, polling; fails with the Playground's output. */
  async waitFor<T>(
    what: string,
    probe: () => T | undefined | Promise<T | undefined>,
    timeoutMs = 20_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = await probe();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`timed out waiting for ${what}; Playground output:\n${this.output}`);
  }

  /** Ends the Playground's whole process group, then its bridges and files. */
  async stop(): Promise<void> {
    const { child, forwards, dir } = this.started;
    await endProcessGroup(child);
    await Promise.all(forwards.map(closeForward));
    rmSync(dir, { recursive: true, force: true });
  }

  private async waitUntilReady(): Promise<void> {
    await this.waitFor(
      "the Playground's API",
      async () => {
        if (this.started.child.exitCode !== null) {
          throw new Error(
            `the Playground exited (${this.started.child.exitCode}):\n${this.output}`,
          );
        }
        const response = await fetch(`${this.url}/_internal/v1/config`).catch(() => undefined);
        return response?.ok ? true : undefined;
      },
      60_000,
    );
  }

  private async request(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
}

function playgroundArgs(botPort: number, port: number): string[] {
  return [
    "--app-endpoint",
    `http://127.0.0.1:${botPort}/api/messages`,
    "--channel-id",
    "msteams",
    "--port",
    String(port),
    // Its default serviceUrl says "localhost", which may resolve to ::1; the bridges are IPv4.
    "--service-url",
    `http://127.0.0.1:${port}/_connector`,
    "--disable-telemetry",
  ];
}

function playgroundEnv(dir: string): Record<string, string> {
  return {
    TEAMSAPPTESTER_BROWSER: "none",
    M365_AGENTS_PLAYGROUND_LOGFILE: join(dir, "playground.log"),
  };
}

async function startInNamespace(dir: string, botPort: number): Promise<Started> {
  const toBot = await forward(
    { path: join(dir, "bot.sock") },
    { host: "127.0.0.1", port: botPort },
  );
  const front = await forward(
    { host: "127.0.0.1", port: 0 },
    { path: join(dir, "playground.sock") },
  );
  const port = portOf(front);
  const bridge = {
    dir,
    botPort,
    playgroundPort: port,
    binary,
    args: playgroundArgs(botPort, port),
    env: playgroundEnv(dir),
  };
  const child = spawn("unshare", ["-n", tsx, join(__dirname, "netns-playground.ts")], {
    cwd: dir,
    detached: true,
    env: { ...process.env, PLAYGROUND_BRIDGE: JSON.stringify(bridge) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { child, dir, port, forwards: [toBot, front] };
}

async function startOnAllInterfaces(dir: string, botPort: number): Promise<Started> {
  const port = await freePort();
  const child = spawn(binary, playgroundArgs(botPort, port), {
    cwd: dir,
    detached: true,
    env: { ...process.env, ...playgroundEnv(dir) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { child, dir, port, forwards: [] };
}

/** A port free on loopback just now (for the one mode where the Playground picks its own). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = portOf(server);
  await closeForward(server);
  return port;
}

/**
 * SIGTERM to the whole group, then SIGKILL to whatever of it is left once the leader is gone or
 * five seconds have passed: the Playground runs as a grandchild and must not outlive the test.
 */
async function endProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const running = child.exitCode === null && child.signalCode === null;
  const exited = running
    ? new Promise<void>((resolve) => child.once("exit", () => resolve()))
    : Promise.resolve();
  signalGroup(child.pid, "SIGTERM");
  const timer = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
  await Promise.race([exited, timer]);
  signalGroup(child.pid, "SIGKILL");
  await exited;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: the group is gone already, which is what we wanted.
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** The JSON object a log line carries after its prose, if any. */
function jsonIn(line: string): PlaygroundLogRecord[] {
  const start = line.indexOf("{");
  if (start < 0) return [];
  try {
    return [JSON.parse(line.slice(start)) as PlaygroundLogRecord];
  } catch {
    return [];
  }
}
