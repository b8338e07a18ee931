import type { FastifyInstance } from "fastify";
import type { Broadcast } from "../broadcast";
import type { SessionService } from "../sessions/session-service";
import { sendError } from "./send-error";

export interface BroadcastRouteDeps {
  sessions: SessionService;
  /** The running broadcast, when the service was started with a mapping file. */
  broadcast?: Broadcast;
}

/**
 * The broadcast link as the chair's console and the clerk see it: the switcher's status and
 * the session's archive chapters (WebVTT, YouTube block, deep links). 404 `broadcast_off` when
 * the service runs without a broadcast mapping (the overlay pages still work then).
 */
export function registerBroadcastRoutes(app: FastifyInstance, deps: BroadcastRouteDeps): void {
  app.get<{ Params: { id: string } }>("/api/v1/sessions/:id/broadcast", async (req, reply) => {
    if (!deps.sessions.get(req.params.id))
      return sendError(reply, 404, "session_not_found", "no such session");
    if (!deps.broadcast)
      return sendError(reply, 404, "broadcast_off", "no broadcast is configured");
    const chapters = deps.broadcast.chapterFiles(req.params.id);
    return { status: deps.broadcast.status(), chapters: chapters ?? null };
  });

  app.get<{ Params: { id: string } }>("/api/v1/sessions/:id/chapters.vtt", async (req, reply) => {
    const files = deps.broadcast?.chapterFiles(req.params.id);
    if (!files)
      return sendError(reply, 404, "no_chapters", "the broadcast has not followed this session");
    if (!files.ok) return sendError(reply, 409, files.reason, files.message);
    return reply.type("text/vtt; charset=utf-8").send(files.webVtt);
  });
}
