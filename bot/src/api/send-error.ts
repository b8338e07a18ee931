import type { ErrorBody } from "@council/core";
import type { FastifyReply } from "fastify";

/** Every error leaves the API in one shape: `{ "error": { "code", "message" } }`. */
export function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  const body: ErrorBody = { error: { code, message } };
  return reply.code(status).send(body);
}
