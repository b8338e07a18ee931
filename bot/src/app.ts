import fs from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { buildVerifier } from "./auth/build-verifier";
import { loadDevSigningKey } from "./auth/dev-signing-key";
import type { DevSigningKey } from "./auth/dev-signing-key";
import type { Config } from "./config/config";
import { LiveFeed } from "./live/live-feed";
import { registerBroadcastRoutes } from "./api/broadcast-routes";
import { registerRecordRoutes } from "./api/record-routes";
import { registerReminderRoutes } from "./api/reminder-routes";
import { loadBroadcastMapping, registerOverlayRoutes, startBroadcast } from "./broadcast";
import type { Broadcast } from "./broadcast";
import { buildServer, LIVE_PATH } from "./server";
import { SessionService } from "./sessions/session-service";
import {
  openDatabase,
  SqliteBindingStore,
  SqliteChatSessionStore,
  SqliteEventStore,
  SqliteOutboxStore,
} from "./store";
import {
  chosenSessionFirst,
  createBotEndpoint,
  onlyActiveSession,
  OutboxProjection,
  OutboxWorker,
  registerBotRoute,
  registerChatSessionRoutes,
} from "./teams";
import { BotbuilderMeetingNotifier } from "./teams/meeting-notifications";
import { BotbuilderMeetingRoles } from "./teams/meeting-roles";

/** The running service and what the CLI and the tests need to reach inside it. */
export interface App {
  server: FastifyInstance;
  sessions: SessionService;
  live: LiveFeed;
  devKey: DevSigningKey;
  store: SqliteEventStore;
  outbox: SqliteOutboxStore;
  bindings: SqliteBindingStore;
  /** Plans the bot's posts of a session now, instead of on the next commit. */
  feedOutbox(sessionId: string): Promise<void>;
  /** The address it listens on, once started. */
  url: string;
  close(): Promise<void>;
}

/**
 * Composition root: opens the store in the data folder, rebuilds every session from its log,
 * verifies the chains, and starts the HTTP server with the live feed.
 */
export async function startApp(
  config: Config,
  logger: Logger,
  options: { clock?: () => Date } = {},
): Promise<App> {
  guardUnsignedBot(config, logger);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const db = openDatabase(path.join(config.dataDir, "council.sqlite"));
  const store = new SqliteEventStore(db);
  const outbox = new SqliteOutboxStore(db);
  const bindings = new SqliteBindingStore(db);
  const chatSessions = new SqliteChatSessionStore(db);
  const sessions = new SessionService(store, logger, options.clock);
  const loaded = await sessions.load();
  logger.info(loaded, "sessions_loaded");
  if (loaded.broken.length > 0)
    logger.error({ broken: loaded.broken }, "sessions_with_broken_chain");

  const devKey = await loadDevSigningKey(config.dataDir);
  const verifier = buildVerifier(config, devKey);
  const live = new LiveFeed(sessions, logger);
  const health = () => ({
    sessions: sessions.list().length,
    brokenSessions: [...sessions.brokenSessions().keys()],
    liveClients: live.clientCount(),
  });
  const resolveSession = chosenSessionFirst(
    chatSessions,
    onlyActiveSession(async () => sessions.list()),
  );
  const bot = createBotEndpoint({
    ...config.bot,
    bindings,
    resolveSession,
    logger,
    readSession: (id) => sessions.get(id),
    submit: (id, command, actor) => sessions.submit(id, command, actor),
  });
  const meetings = { bindings, roles: new BotbuilderMeetingRoles(bot.adapter, config.bot.appId) };
  const notifier = new BotbuilderMeetingNotifier(bot.adapter, config.bot.appId);
  const projection = new OutboxProjection({ events: store, outbox, bindings, logger });
  const worker = new OutboxWorker({ outbox, bindings, connector: bot.connector, logger });
  const feedOutbox = (sessionId: string) =>
    projection.catchUp(sessionId).then(
      () => worker.kick(),
      (err: unknown) => logger.error({ sessionId, err }, "outbox_projection_failed"),
    );
  sessions.onCommitted((sessionId) => void feedOutbox(sessionId));
  await Promise.all(sessions.list().map((s) => feedOutbox(s.id)));
  worker.start();

  const broadcast = await startConfiguredBroadcast(config, sessions, logger);

  const server = buildServer({
    logger,
    sessions,
    verifier,
    live,
    tabDir: config.tabDir,
    health,
    meetings,
    extraRoutes: (server) => {
      registerBotRoute(server, bot);
      registerChatSessionRoutes(server, { sessions, verifier, chatSessions, bindings });
      registerRecordRoutes(server, { sessions, outbox });
      registerReminderRoutes(server, {
        sessions,
        verifier,
        meetings,
        notifier,
        tabUrl: config.publicUrl,
      });
      registerBroadcastRoutes(server, { sessions, broadcast });
      registerOverlayRoutes(server, { livePath: LIVE_PATH });
    },
  });

  const url = await server.listen({ host: config.host, port: config.port });
  const close = async () => {
    await worker.stop();
    await broadcast?.close();
    live.close();
    await server.close();
    db.close();
  };
  return { server, sessions, live, devKey, store, outbox, bindings, feedOutbox, url, close };
}

/** The broadcast, when BROADCAST_CONFIG names a mapping file; a bad file stops the start loudly. */
async function startConfiguredBroadcast(
  config: Config,
  sessions: SessionService,
  logger: Logger,
): Promise<Broadcast | undefined> {
  if (!config.broadcastConfig) return undefined;
  const mapping = await loadBroadcastMapping(config.broadcastConfig);
  logger.info(
    { file: config.broadcastConfig, switcher: mapping.switcher.kind },
    "broadcast_starting",
  );
  return startBroadcast({ mapping, sessions, logger });
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * Without a bot registration (BOT_ID) botbuilder accepts unsigned activities, as the Agents
 * Playground and the local connector need. That is only safe when nothing but this machine can
 * reach /api/messages, so the service refuses to listen beyond loopback without a registration.
 */
function guardUnsignedBot(config: Config, logger: Logger): void {
  if (config.bot.appId) return;
  if (!LOOPBACK.has(config.host)) {
    throw new Error(
      `BOT_ID (MicrosoftAppId) is required when the service listens on ${config.host}: ` +
        "without it the bot would accept unsigned Bot Framework activities from the network",
    );
  }
  logger.warn({ host: config.host }, "bot_unsigned_loopback_only");
}
