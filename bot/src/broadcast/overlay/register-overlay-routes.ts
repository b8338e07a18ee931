import type { ErrorBody } from "@council/core";
import type { FastifyInstance, FastifyReply } from "fastify";
import { broadcastWords } from "../director/broadcast-words";
import type { OverlaySlot } from "./overlay-page";
import { overlayPage, overlaySlots } from "./overlay-page";

export interface OverlayRouteDeps {
  /** The live feed's WebSocket path, `LIVE_PATH` of the server. */
  livePath?: string;
  /** How long the vote result stays up; the mapping's `resultHoldSeconds` when there is one. */
  resultHoldSeconds?: number;
}

const DEFAULT_LIVE_PATH = "/api/v1/live";
const DEFAULT_HOLD_SECONDS = 15;
const SESSION_ID = /^[\w.:-]{1,200}$/;

/**
 * Serves `GET /overlay/:slot?session=ID`: the transparent overlay page of one graphic slot
 * (speaker, agendaItem, voteResult), fed by the public live feed. The zero-configuration path:
 * it needs no mapping file and no switcher API, only a browser input pointed at it.
 */
export function registerOverlayRoutes(app: FastifyInstance, deps: OverlayRouteDeps = {}): void {
  app.get<{ Params: { slot: string }; Querystring: { session?: string } }>(
    "/overlay/:slot",
    async (req, reply) => {
      const slot = req.params.slot;
      if (!isSlot(slot)) {
        return refuse(
          reply,
          404,
          "unknown_slot",
          `no overlay for "${slot}"; use one of ${overlaySlots.join(", ")}`,
        );
      }
      const sessionId = req.query.session ?? "";
      if (!SESSION_ID.test(sessionId)) {
        return refuse(reply, 400, "bad_request", "name the session: /overlay/<slot>?session=<id>");
      }
      const page = overlayPage({
        slot,
        sessionId,
        livePath: deps.livePath ?? DEFAULT_LIVE_PATH,
        resultHoldSeconds: deps.resultHoldSeconds ?? DEFAULT_HOLD_SECONDS,
        words: broadcastWords,
      });
      return reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(page);
    },
  );
}

function isSlot(slot: string): slot is OverlaySlot {
  return (overlaySlots as readonly string[]).includes(slot);
}

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  const body: ErrorBody = { error: { code, message } };
  return reply.code(status).send(body);
}
