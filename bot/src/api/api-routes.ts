import type { Member, SessionSummary } from "@council/core";
import { PROTOCOL_VERSION } from "@council/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AuthError } from "../auth/auth-error";
import { memberForIdentity } from "../auth/member-for-identity";
import type { TokenVerifier, VerifiedIdentity } from "../auth/token-verifier";
import type { SessionService } from "../sessions/session-service";
import { verifyChain } from "../store";
import { parseCommand } from "./command-schema";
import { statusOfRefusal } from "./http-status";
import { sendError } from "./send-error";

export interface ApiDeps {
  sessions: SessionService;
  verifier: TokenVerifier;
  /** Counts for /healthz from the parts the API does not own. */
  health: () => Record<string, unknown>;
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

  app.get<{ Querystring: { session?: string } }>("/api/v1/me", async (req, reply) => {
    const identity = await identify(verifier, req);
    const member = findMember(sessions, identity, req.query.session);
    if (!member)
      return sendError(reply, 403, "not_on_roster", "you are not on the roster of this council");
    return { member, name: identity.name };
  });

  app.post<{ Body: unknown }>("/api/v1/sessions", async (req, reply) => {
    const body = (req.body ?? {}) as { id?: unknown };
    if (typeof body.id !== "string" || !sessionIdPattern.test(body.id)) {
      return sendError(reply, 400, "invalid_command", "id: a session id of letters, digits, . _ -");
    }
    return runCommand(req, reply, body.id, { ...body, type: "create_session" }, deps);
  });

  app.post<{ Params: { id: string }; Body: unknown }>(
    "/api/v1/sessions/:id/commands",
    async (req, reply) => {
      if (!sessions.get(req.params.id))
        return sendError(reply, 404, "session_not_found", "no such session");
      return runCommand(req, reply, req.params.id, req.body, deps);
    },
  );
}

async function runCommand(
  req: FastifyRequest,
  reply: FastifyReply,
  sessionId: string,
  body: unknown,
  deps: ApiDeps,
) {
  const log = req.log.child({ sessionId });
  const identity = await identify(deps.verifier, req);
  const parsed = parseCommand(body);
  if (!parsed.ok) return sendError(reply, 400, "invalid_command", parsed.message);
  const command = parsed.command;
  const roster =
    command.type === "create_session" ? command.members : deps.sessions.get(sessionId)?.members;
  const member = roster?.find((m) => memberMatches(m, identity));
  if (!member)
    return sendError(reply, 403, "not_on_roster", "you are not on the roster of this council");

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

async function identify(verifier: TokenVerifier, req: FastifyRequest): Promise<VerifiedIdentity> {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (header && !match) throw new AuthError("unauthenticated", "use the Bearer scheme");
  return verifier.verify(match?.[1]);
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
