import type { IncomingMessage, ServerResponse } from "node:http";
import type { Request, Response } from "botbuilder";

/** A Node request whose JSON body a framework (fastify, express) has parsed already. */
export type ParsedRequest = IncomingMessage & { body?: unknown };

/** The request as CloudAdapter.process reads it: method, headers and the parsed body. */
export function botRequest(req: ParsedRequest): Request {
  return { method: req.method, headers: req.headers, body: req.body as Record<string, unknown> };
}

/**
 * A restify-style response over a plain Node ServerResponse, which is what CloudAdapter.process
 * writes to: status, then maybe send(body), then end().
 */
export function botResponse(res: ServerResponse): Response {
  let body: string | undefined;
  return {
    socket: res.socket,
    status(code: unknown) {
      res.statusCode = Number(code);
    },
    header(name: unknown, value: unknown) {
      res.setHeader(String(name), String(value));
    },
    send(payload: unknown) {
      if (payload === undefined || payload === null) return;
      if (typeof payload === "string") {
        body = payload;
        return;
      }
      body = JSON.stringify(payload);
      if (!res.hasHeader("content-type")) res.setHeader("content-type", "application/json");
    },
    end() {
      res.end(body);
    },
  };
}
