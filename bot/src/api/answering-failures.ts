import type { FastifyReply, FastifyRequest } from "fastify";
import { httpFailureOf } from "./http-status";
import { sendError } from "./send-error";

/**
 * Runs a route handler and answers the errors the API expects (see httpFailureOf) in the one
 * error shape; anything else is rethrown to the server's handler, which logs it as a 500.
 */
export function answeringFailures<R extends FastifyRequest, T>(
  handler: (req: R, reply: FastifyReply) => Promise<T>,
): (req: R, reply: FastifyReply) => Promise<T | FastifyReply> {
  return async (req, reply) => {
    try {
      return await handler(req, reply);
    } catch (error) {
      const failure = httpFailureOf(error);
      if (!failure) throw error;
      if (failure.status >= 500)
        req.log.warn({ err: error, code: failure.code }, "api_dependency_failed");
      return sendError(reply, failure.status, failure.code, failure.message);
    }
  };
}
