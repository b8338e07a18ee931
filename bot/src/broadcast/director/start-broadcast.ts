import type { Logger } from "pino";
import type { MappingCheck, SwitcherAdapter } from "../broadcast-port";
import type { ChapterLog } from "../chapters/chapter-log";
import type { ChapterFiles } from "../chapters/render-chapter-files";
import { renderChapterFiles } from "../chapters/render-chapter-files";
import type { ChapterTimeline } from "../chapters/place-chapters";
import type { BroadcastDirectorOptions, DirectorSessions } from "./broadcast-director";
import { BroadcastDirector } from "./broadcast-director";
import type { BroadcastStatus } from "./broadcast-status";
import type { BroadcastMapping } from "../mapping/broadcast-mapping";
import { ObsAdapter } from "../obs/obs-adapter";
import { AxisPtz } from "../ptz/axis-ptz";
import { VmixAdapter } from "../vmix/vmix-adapter";

export interface StartBroadcastOptions {
  mapping: BroadcastMapping;
  sessions: DirectorSessions;
  logger: Logger;
  /** Where the secrets named by `passwordEnv` are read; the process environment by default. */
  env?: NodeJS.ProcessEnv;
  /** A ready adapter instead of the one the mapping names, for tests. */
  adapter?: SwitcherAdapter;
  /** Timing of the director, for tests. */
  director?: Pick<BroadcastDirectorOptions, "stepTimeoutMs" | "retryMs" | "tallyIntervalMs">;
}

/** The running broadcast: what the API, the chair's tab and the CLI reach. */
export interface Broadcast {
  readonly adapter: SwitcherAdapter;
  readonly director: BroadcastDirector;
  readonly ptz: AxisPtz | undefined;
  status(): BroadcastStatus;
  onStatus(listener: (status: BroadcastStatus) => void): () => void;
  chapters(sessionId: string): ChapterLog | undefined;
  /** WebVTT, YouTube block and deep links; undefined for a session the broadcast never followed. */
  chapterFiles(
    sessionId: string,
    options?: { timeline?: ChapterTimeline; durationSec?: number },
  ): ChapterFiles | undefined;
  /** Every mapped input or scene and camera preset, found or missing. */
  check(): Promise<MappingCheck[]>;
  close(): Promise<void>;
}

/**
 * Starts the broadcast for a council's mapping file: the adapter the file names (vMix or OBS),
 * the Axis cameras it lists, and the director that makes them follow the session. Returns at
 * once: the switcher connects in the background, and camera presets are checked against each
 * camera's list in the background too, their result logged.
 *
 * @example startBroadcast({ mapping: await loadBroadcastMapping(file), sessions, logger })
 */
export function startBroadcast(options: StartBroadcastOptions): Broadcast {
  const { mapping, logger } = options;
  const env = options.env ?? process.env;
  const log = logger.child({ component: "broadcast" });
  const adapter = options.adapter ?? createAdapter(mapping, env, logger);
  const ptz = createPtz(mapping, env, logger);
  const director = new BroadcastDirector({
    adapter,
    mapping,
    sessions: options.sessions,
    logger,
    ...(ptz ? { ptz } : {}),
    ...options.director,
  });
  director.start();
  if (ptz) void checkPresets(ptz, mapping).then((checks) => logChecks(log, checks));

  return {
    adapter,
    director,
    ptz,
    status: () => director.status(),
    onStatus: (listener) => director.onStatus(listener),
    chapters: (sessionId) => director.chapters(sessionId),
    chapterFiles: (sessionId, fileOptions) => {
      const chapters = director.chapters(sessionId);
      return chapters && renderChapterFiles(chapters, fileOptions);
    },
    check: async () => [
      ...(await adapter.check()),
      ...(ptz ? await checkPresets(ptz, mapping) : []),
    ],
    close: async () => {
      director.stop();
      await adapter.close();
    },
  };
}

function createAdapter(
  mapping: BroadcastMapping,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): SwitcherAdapter {
  const switcher = mapping.switcher;
  const password = switcher.passwordEnv ? env[switcher.passwordEnv] : undefined;
  if (switcher.kind === "obs") return new ObsAdapter({ mapping, password, logger });
  // The director resyncs from the session after a reconnection; a replay by the adapter would
  // first put the titles of before the outage back on air.
  return new VmixAdapter({ mapping, password, logger, replayOnReconnect: false });
}

function createPtz(
  mapping: BroadcastMapping,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): AxisPtz | undefined {
  const cameras = mapping.cameras;
  if (Object.keys(cameras).length === 0) return undefined;
  const passwords = Object.fromEntries(
    Object.entries(cameras).map(([name, c]) => [
      name,
      c.passwordEnv ? env[c.passwordEnv] : undefined,
    ]),
  );
  return new AxisPtz({ cameras, passwords, logger });
}

function checkPresets(ptz: AxisPtz, mapping: BroadcastMapping): Promise<MappingCheck[]> {
  const wanted = Object.entries(mapping.shots).flatMap(([shot, s]) =>
    s.preset ? [{ camera: s.preset.camera, preset: s.preset.name, shot }] : [],
  );
  return ptz.verify(wanted);
}

function logChecks(log: Logger, checks: MappingCheck[]): void {
  const missing = checks.filter((c) => !c.found);
  if (missing.length === 0) log.info({ presets: checks.length }, "ptz_presets_found");
  else log.warn({ missing }, "ptz_presets_missing");
}
