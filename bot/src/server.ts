import fs from "node:fs";
import fastifyStatic from "@fastify/static";
import Fastify from "fastify";
import type { FastifyBaseLogger, FastifyError, FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { registerApiRoutes } from "./api/api-routes";
import type { ApiDeps } from "./api/api-routes";
import { sendError } from "./api/send-error";
import { AuthError } from "./auth/auth-error";
import type { LiveFeed } from "./live/live-feed";
import { SessionUnavailableError } from "./sessions/session-unavailable-error";

export const LIVE_PATH = "/api/v1/live";

export interface ServerDeps extends ApiDeps {
  logger: Logger;
  live: LiveFeed;
  tabDir: string;
  /** Extra read routes (exports, chat log) registered by the composition root. */
  extraRoutes?: (app: FastifyInstance) => void;
}

/** The one HTTP server: JSON API, live feed upgrade, Bot Framework endpoint and the built tab. */
export function buildServer(deps: ServerDeps): FastifyInstance {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: 1_048_576,
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof AuthError) return sendError(reply, 401, error.code, error.message);
    if (error instanceof SessionUnavailableError)
      return sendError(reply, 503, error.code, error.message);
    const status = error.statusCode;
    if (status && status >= 400 && status < 500)
      return sendError(reply, status, "bad_request", error.message);
    req.log.error({ err: error }, "request_failed");
    return sendError(
      reply,
      500,
      "internal",
      "something went wrong on the server; it has been logged",
    );
  });

  registerApiRoutes(app, deps);
  deps.extraRoutes?.(app);
  mountTab(app, deps.tabDir);

  app.server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === LIVE_PATH) return deps.live.handleUpgrade(req, socket, head);
    socket.destroy();
  });
  return app;
}

function mountTab(app: FastifyInstance, tabDir: string): void {
  const index = `${tabDir}/index.html`;
  if (!fs.existsSync(index)) {
    app.get("/", async (_req, reply) =>
      sendError(reply, 503, "tab_not_built", "the tab is not built: run `npm run build`"),
    );
    return;
  }
  app.register(fastifyStatic, { root: tabDir, prefix: "/", index: ["index.html"] });
  app.setNotFoundHandler((req, reply) => {
    const page = req.method === "GET" && !req.url.startsWith("/api/");
    if (page) return reply.type("text/html").sendFile("index.html");
    return sendError(reply, 404, "not_found", `no route ${req.method} ${req.url.split("?")[0]}`);
  });
}
