import type { ErrorBody } from "@council/core";
import type { FastifyError, FastifyInstance } from "fastify";
import { z } from "zod";
import type { BotEndpoint } from "./teams-bot";

/**
 * The least an activity must carry for the bot to handle it. Teams always sends these; a body
 * without them is answered 400 here rather than failing deep inside a turn.
 */
const activityShape = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  from: z.object({ id: z.string().min(1) }),
  conversation: z.object({ id: z.string().min(1) }),
});

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
      const shape = activityShape.safeParse(req.body);
      if (!shape.success) {
        const issue = shape.error.issues[0];
        const message = `${issue?.path.join(".") || "body"}: ${issue?.message ?? "not an activity"}`;
        req.log.warn({ reason: message }, "bot_activity_rejected");
        const body: ErrorBody = { error: { code: "invalid_activity", message } };
        return reply.code(400).send(body);
      }
      reply.hijack();
      await endpoint.handle(Object.assign(req.raw, { body: req.body }), reply.raw);
    });
  });
}
