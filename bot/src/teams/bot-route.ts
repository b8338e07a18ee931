import type { ErrorBody } from "@council/core";
import type { FastifyError, FastifyInstance } from "fastify";
import type { BotEndpoint } from "./teams-bot";

/** Where Teams (and the Agents Playground) post activities. */
export const BOT_PATH = "/api/messages";

/**
 * Mounts the Bot Framework endpoint at POST /api/messages in a scope of its own, whose error
 * handler gives a body fastify cannot parse (invalid JSON such as the trailing comma in a
 * published Teams sample, a wrong content type, too large) the endpoint's own 4xx answer
 * `{ error: { code: "invalid_activity" } }` instead of the API's generic `bad_request`.
 *
 * @example
 * registerBotRoute(app, createBotEndpoint({ bindings, resolveSession, logger }));
 */
export function registerBotRoute(
  app: FastifyInstance,
  endpoint: Pick<BotEndpoint, "handle">,
): void {
  app.register(async (scope) => {
    scope.setErrorHandler((error: FastifyError, req, reply) => {
      const status = error.statusCode ?? 500;
      if (status < 400 || status >= 500) throw error;
      req.log.warn({ code: error.code, status }, "bot_activity_rejected");
      const body: ErrorBody = { error: { code: "invalid_activity", message: error.message } };
      return reply.code(status).send(body);
    });

    scope.post(BOT_PATH, async (req, reply) => {
      reply.hijack();
      await endpoint.handle(Object.assign(req.raw, { body: req.body }), reply.raw);
    });
  });
}
