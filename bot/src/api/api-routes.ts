import type { Member, SessionSummary } from "@council/core";
import { PROTOCOL_VERSION } from "@council/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { memberForIdentity } from "../auth/member-for-identity";
import type { TokenVerifier, VerifiedIdentity } from "../auth/token-verifier";
import type { SessionService } from "../sessions/session-service";
import { verifyChain } from "../store";
import { authorize } from "./authorize";
import { parseCommand } from "./command-schema";
import { statusOfRefusal } from "./http-status";
import { identify } from "./identify";
import type { MeetingAuthority } from "./meeting-authority";
import { answeringFailures } from "./answering-failures";
import { sendError } from "./send-error";

export interface ApiDeps {
  sessions: SessionService;
  verifier: TokenVerifier;
  /** Counts for /healthz from the parts the API does not own. */
  health: () => Record<string, unknown>;
  /**
   * The Teams meetings sessions run in and who runs them. Without it no session counts as being
   * in a meeting, and chair actions are checked against the roster alone.
   */
  meetings?: MeetingAuthority;
}

const sessionIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** The versioned JSON API: reads are public (the session is a public meeting), writes are signed. */
export function registerApiRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const { sessions, verifier } = deps;

  app.get("/healthz", async () => ({ status: "ok", protocol: PROTOCOL_VERSION, ...deps.health() }));

  app.get("/api/v1/sessions", async () => ({ sessions: sessions.list().map(summary) }));

  app.get<{ Params: { id: string } }>("/api/v1/sessions/:id", async (req, reply) => {
    const state = sessions.get(req.params.id);
    if (!state) return sendError(reply, 404, "session_not_found", "no such session");
    return { seq: state.seq, state };
  });

  app.get<{ Params: { id: string }; Querystring: { after?: string } }>(
    "/api/v1/sessions/:id/events",
    async (req, reply) => {
      const after = Number(req.query.after ?? 0);
      if (!Number.isInteger(after) || after < 0) {
        return sendError(reply, 400, "invalid_query", "after must be a whole number ≥ 0");
      }
      if (!sessions.get(req.params.id))
        return sendError(reply, 404, "session_not_found", "no such session");
      return { events: sessions.eventsAfter(req.params.id, after) };
    },
  );

  app.get<{ Params: { id: string } }>("/api/v1/sessions/:id/verify", async (req, reply) => {
    if (!sessions.get(req.params.id))
      return sendError(reply, 404, "session_not_found", "no such session");
    return verifyChain(sessions.eventsAfter(req.params.id, 0));
  });

  app.get<{ Querystring: { session?: string } }>(
    "/api/v1/me",
    answeringFailures(async (req: FastifyRequest<{ Querystring: { session?: string } }>, reply) => {
      const identity = await identify(verifier, req);
      if (req.query.session !== undefined && !sessions.get(req.query.session)) {
        return sendError(reply, 404, "session_not_found", "no such session");
      }
      const member = findMember(sessions, identity, req.query.session);
      if (!member)
        return sendError(reply, 403, "not_on_roster", "you are not on the roster of this council");
      return { member, name: identity.name };
    }),
  );

  app.post<{ Body: unknown }>(
    "/api/v1/sessions",
    answeringFailures(async (req: FastifyRequest<{ Body: unknown }>, reply) => {
      const body = (req.body ?? {}) as { id?: unknown };
      if (typeof body.id !== "string" || !sessionIdPattern.test(body.id)) {
        const message = "id: a session id of letters, digits, . _ -";
        return sendError(reply, 400, "invalid_command", message);
      }
      return runCommand(req, reply, body.id, { ...body, type: "create_session" }, deps);
    }),
  );

  app.post<{ Params: { id: string }; Body: unknown }>(
    "/api/v1/sessions/:id/commands",
    answeringFailures(
      async (req: FastifyRequest<{ Params: { id: string }; Body: unknown }>, reply) => {
        if (!sessions.get(req.params.id))
          return sendError(reply, 404, "session_not_found", "no such session");
        return runCommand(req, reply, req.params.id, req.body, deps);
      },
    ),
  );
}

async function runCommand(
  req: FastifyRequest,
  reply: FastifyReply,
  sessionId: string,
  body: unknown,
  deps: ApiDeps,
) {
  let log = req.log.child({ sessionId });
  const identity = await identify(deps.verifier, req);
  const parsed = parseCommand(body);
  if (!parsed.ok) return sendError(reply, 400, "invalid_command", parsed.message);
  const command = parsed.command;
  const roster =
    command.type === "create_session" ? command.members : deps.sessions.get(sessionId)?.members;
  const member = roster?.find((m) => memberMatches(m, identity));
  if (!member)
    return sendError(reply, 403, "not_on_roster", "you are not on the roster of this council");
  const state = deps.sessions.get(sessionId);
  if (state?.currentItemId) log = log.child({ itemId: state.currentItemId });
  const refusal = await authorize({ meetings: deps.meetings, state, command, member, identity });
  if (refusal) {
    log.info(
      { command: command.type, memberId: member.id, refusal: refusal.code },
      "command_refused",
    );
    return sendError(reply, statusOfRefusal(refusal.code), refusal.code, refusal.message);
  }

  const outcome = await deps.sessions.submit(sessionId, command, {
    kind: "member",
    memberId: member.id,
  });

  if (!outcome.ok) {
    log.info(
      { command: command.type, memberId: member.id, refusal: outcome.refusal.code },
      "command_refused",
    );
    return sendError(
      reply,
      statusOfRefusal(outcome.refusal.code),
      outcome.refusal.code,
      outcome.refusal.message,
    );
  }
  log.info({ command: command.type, memberId: member.id, seq: outcome.seq }, "command_committed");
  return reply.code(command.type === "create_session" ? 201 : 200).send(outcome);
}

function memberMatches(member: Member, identity: VerifiedIdentity): boolean {
  const state = { members: [member] } as Parameters<typeof memberForIdentity>[0];
  return memberForIdentity(state, identity) !== undefined;
}

function findMember(
  sessions: SessionService,
  identity: VerifiedIdentity,
  sessionId?: string,
): Member | undefined {
  const states = sessionId
    ? [sessions.get(sessionId)].filter((s) => s !== undefined)
    : sessions.list();
  for (const state of states) {
    const member = memberForIdentity(state, identity);
    if (member) return member;
  }
  return undefined;
}

function summary(state: ReturnType<SessionService["list"]>[number]): SessionSummary {
  const { id, title, council, status, scheduledFor, seq } = state;
  return { id, title, council, status, scheduledFor, seq };
}
