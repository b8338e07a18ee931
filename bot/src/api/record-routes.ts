import type { FastifyInstance } from "fastify";
import { activityText } from "../export/activity-text";
import { EXPORT_FILE_NAMES, exportFiles } from "../export/export-files";
import type { SessionService } from "../sessions/session-service";
import type { OutboxStore } from "../store";
import { sendError } from "./send-error";

export interface RecordDeps {
  sessions: SessionService;
  outbox: Pick<OutboxStore, "list">;
}

const contentTypes: Record<string, string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  jsonl: "application/x-ndjson; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * The record of a session over HTTP, for the clerk's view and the public: the bot's chat log
 * and the export files (minutes, chat log, event log, verification), rendered on request from
 * the log. A public session's record is public, as its minutes are.
 */
export function registerRecordRoutes(app: FastifyInstance, deps: RecordDeps): void {
  app.get<{ Params: { id: string } }>("/api/v1/sessions/:id/chatlog", async (req, reply) => {
    if (!deps.sessions.get(req.params.id))
      return sendError(reply, 404, "session_not_found", "no such session");
    const posts = await deps.outbox.list(req.params.id);
    return {
      posts: posts.map((p) => ({
        id: p.id,
        createdAt: p.createdAt,
        deliveredAt: p.deliveredAt,
        status: p.status,
        attempts: p.attempts,
        kind: p.kind,
        text: activityText(p.activity),
      })),
    };
  });

  app.get<{ Params: { id: string; file: string }; Querystring: { lang?: string } }>(
    "/api/v1/sessions/:id/export/:file",
    async (req, reply) => {
      const { id, file } = req.params;
      if (!(EXPORT_FILE_NAMES as readonly string[]).includes(file)) {
        return sendError(reply, 404, "not_found", `exports are ${EXPORT_FILE_NAMES.join(", ")}`);
      }
      if (!deps.sessions.get(id))
        return sendError(reply, 404, "session_not_found", "no such session");
      const lang = req.query.lang === "en" ? "en" : "cs";
      const files = exportFiles(deps.sessions.eventsAfter(id, 0), await deps.outbox.list(id), {
        lang,
      });
      const content = files.find((f) => f.name === file)?.content ?? "";
      const type = contentTypes[file.split(".").at(-1) ?? ""] ?? "text/plain; charset=utf-8";
      return reply
        .type(type)
        .header("content-disposition", `inline; filename="${id}-${file}"`)
        .send(content);
    },
  );
}
