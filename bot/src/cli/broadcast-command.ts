import { parseArgs } from "node:util";
import pino from "pino";
import type { MappingCheck, SwitcherAdapter } from "../broadcast/broadcast-port";
import type { BroadcastMapping } from "../broadcast/mapping/broadcast-mapping";
import { BroadcastMappingError } from "../broadcast/mapping/broadcast-mapping-error";
import { loadBroadcastMapping } from "../broadcast/mapping/load-broadcast-mapping";
import { ObsAdapter } from "../broadcast/obs/obs-adapter";
import { AxisPtz } from "../broadcast/ptz/axis-ptz";
import { VmixAdapter } from "../broadcast/vmix/vmix-adapter";
import { createLogger, type Logger } from "../config/logger";
import { type CommandIo, processIo } from "./export-command";

const usage = `Usage: broadcast check --config FILE [--timeout MS]

Connects to the switcher of a broadcast mapping file (vMix or OBS) and its PTZ cameras and
prints each mapped input, scene, title field and camera preset as found or MISSING.
Exit codes: 0 all found, 1 something missing or unreachable, 2 bad usage or mapping file.
`;

/** Secrets read from the variables the mapping names, by the mapping path that names them. */
export interface BroadcastSecrets {
  switcher?: string;
  cameras: Record<string, string | undefined>;
}

/** What `broadcast check` connects to; tests replace the pieces. */
export interface BroadcastCheckDeps {
  switcher(mapping: BroadcastMapping, secrets: BroadcastSecrets, logger: Logger): SwitcherAdapter;
  cameras(
    mapping: BroadcastMapping,
    secrets: BroadcastSecrets,
    logger: Logger,
  ): {
    verify(wanted: { camera: string; preset: string; shot: string }[]): Promise<MappingCheck[]>;
  };
}

const realDeps: BroadcastCheckDeps = {
  switcher: (mapping, secrets, logger) =>
    mapping.switcher.kind === "vmix"
      ? new VmixAdapter({ mapping, password: secrets.switcher, logger })
      : new ObsAdapter({ mapping, password: secrets.switcher, logger }),
  cameras: (mapping, secrets, logger) =>
    new AxisPtz({ cameras: mapping.cameras, passwords: secrets.cameras, logger }),
};

/**
 * `broadcast check --config FILE`: loads the mapping, connects to its switcher and cameras and
 * prints one line per mapped thing, found or MISSING. Exit codes: 0 all found, 1 anything
 * missing or unreachable, 2 bad usage, a bad mapping file or a secret's variable not set.
 */
export async function broadcastCommand(
  argv: string[],
  io: CommandIo = processIo,
  replaced: Partial<BroadcastCheckDeps> = {},
): Promise<number> {
  const deps = { ...realDeps, ...replaced };
  const parsed = parse(argv, io);
  if (!parsed) return 2;

  let mapping: BroadcastMapping;
  try {
    mapping = await loadBroadcastMapping(parsed.config);
  } catch (error) {
    if (!(error instanceof BroadcastMappingError)) throw error;
    io.err(`error [${error.code}]: ${error.message}\n`);
    return 2;
  }
  const secrets = readSecrets(mapping, io.env);
  if (typeof secrets === "string") {
    io.err(`error [broadcast_secret_missing]: ${secrets}\n`);
    return 2;
  }

  const logger = createLogger(io.env["LOG_LEVEL"] ?? "warn", pino.destination(2));
  const checks = [
    ...(await checkSwitcher(deps.switcher(mapping, secrets, logger), parsed.timeoutMs)),
    ...(await checkCameras(mapping, deps.cameras(mapping, secrets, logger))),
  ];
  io.out(report(parsed.config, checks));
  return checks.every((check) => check.found) ? 0 : 1;
}

function parse(argv: string[], io: CommandIo): { config: string; timeoutMs: number } | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { config: { type: "string" }, timeout: { type: "string" } },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage}`);
    return undefined;
  }
  const [subcommand, ...extra] = parsed.positionals;
  const timeoutMs = Number(parsed.values.timeout ?? "5000");
  if (subcommand !== "check" || extra.length > 0 || !parsed.values.config) {
    io.err(usage);
    return undefined;
  }
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    io.err(`--timeout must be a whole number of milliseconds\n\n${usage}`);
    return undefined;
  }
  return { config: parsed.values.config, timeoutMs };
}

/** The secrets, or a message naming the first variable the mapping names that is not set. */
function readSecrets(mapping: BroadcastMapping, env: NodeJS.ProcessEnv): BroadcastSecrets | string {
  const read = (name: string | undefined, where: string) => {
    if (name === undefined) return undefined;
    const value = env[name];
    if (value === undefined) throw new Error(`${where} names ${name}, which is not set`);
    return value;
  };
  try {
    const cameras: Record<string, string | undefined> = {};
    for (const [id, camera] of Object.entries(mapping.cameras)) {
      cameras[id] = read(camera.passwordEnv, `cameras.${id}.passwordEnv`);
    }
    return { switcher: read(mapping.switcher.passwordEnv, "switcher.passwordEnv"), cameras };
  } catch (error) {
    return (error as Error).message;
  }
}

async function checkSwitcher(adapter: SwitcherAdapter, timeoutMs: number): Promise<MappingCheck[]> {
  try {
    await withTimeout(adapter.connect(), timeoutMs);
    return await withTimeout(adapter.check(), timeoutMs);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ what: "switcher", target: adapter.kind, found: false, detail: reason }];
  } finally {
    await adapter.close();
  }
}

async function checkCameras(
  mapping: BroadcastMapping,
  cameras: ReturnType<BroadcastCheckDeps["cameras"]>,
): Promise<MappingCheck[]> {
  const wanted = Object.entries(mapping.shots).flatMap(([shot, target]) =>
    target.preset ? [{ camera: target.preset.camera, preset: target.preset.name, shot }] : [],
  );
  if (wanted.length === 0) return [];
  // The controller names a line after its shot; say it is the preset, not the shot's input.
  return (await cameras.verify(wanted)).map((check) => ({
    ...check,
    what: `preset ${check.what}`,
  }));
}

function report(config: string, checks: MappingCheck[]): string {
  const width = Math.max(...checks.map((check) => check.what.length));
  const lines = checks.map((check) => {
    const mark = check.found ? "found  " : "MISSING";
    const detail = check.detail ? `  (${check.detail})` : "";
    return `${mark}  ${check.what.padEnd(width)}  ${check.target}${detail}\n`;
  });
  const missing = checks.filter((check) => !check.found).length;
  const summary =
    missing === 0 ? `all ${checks.length} found\n` : `${missing} missing of ${checks.length}\n`;
  return `broadcast check ${config}\n${lines.join("")}${summary}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
