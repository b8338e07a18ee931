import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Member } from "@council/core";
import type { FastifyInstance } from "fastify";
import { buildVerifier } from "../auth/build-verifier";
import { loadDevSigningKey } from "../auth/dev-signing-key";
import { issueDevToken } from "../auth/dev-token-issuer";
import { loadConfig } from "../config/config";
import { createLogger } from "../config/logger";
import { LiveFeed } from "../live/live-feed";
import { buildServer } from "../server";
import { SessionService } from "../sessions/session-service";
import { MemoryBindingStore, MemoryEventStore } from "../store";
import { createCloudAdapter } from "../teams/bot-credentials";
import { BotbuilderMeetingNotifier } from "../teams/meeting-notifications";
import { BotbuilderMeetingRoles } from "../teams/meeting-roles";
import { registerReminderRoutes } from "./reminder-routes";

/** The HTTP API as the service composes it, on loopback, for the API's own tests. */
export interface ApiHarness {
  url: string;
  server: FastifyInstance;
  sessions: SessionService;
  bindings: MemoryBindingStore;
  /** A development token for a roster member. */
  devToken(member: Pick<Member, "id" | "name">): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the real server (routes, error handling) with the verifier built from `env` the way
 * the service reads it (AAD_* variables), Teams meeting roles and reminders through botbuilder
 * against whatever serviceUrl the stored bindings name, and an in-memory store.
 */
export async function startApiHarness(env: Record<string, string> = {}): Promise<ApiHarness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "council-api-"));
  const config = loadConfig({ ...env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir });
  const logger = createLogger("silent");
  const devKey = await loadDevSigningKey(dataDir);
  const verifier = buildVerifier(config, devKey);
  const sessions = new SessionService(new MemoryEventStore(), logger);
  const live = new LiveFeed(sessions, logger);
  const bindings = new MemoryBindingStore();
  const adapter = createCloudAdapter({}, logger);
  const meetings = { bindings, roles: new BotbuilderMeetingRoles(adapter) };
  const notifier = new BotbuilderMeetingNotifier(adapter);

  const server = buildServer({
    logger,
    sessions,
    verifier,
    live,
    meetings,
    tabDir: path.join(dataDir, "no-tab"),
    health: () => ({}),
    extraRoutes: (app) =>
      registerReminderRoutes(app, {
        sessions,
        verifier,
        meetings,
        notifier,
        tabUrl: config.publicUrl,
      }),
  });
  const url = await server.listen({ host: "127.0.0.1", port: 0 });

  const stop = async () => {
    live.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const devToken = (member: Pick<Member, "id" | "name">) => issueDevToken(devKey, member);
  return { url, server, sessions, bindings, devToken, stop };
}
