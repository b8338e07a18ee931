import type { ErrorBody, SessionState } from "@council/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { identify } from "../api/identify";
import { AuthError } from "../auth/auth-error";
import { memberForIdentity } from "../auth/member-for-identity";
import type { TokenVerifier, VerifiedIdentity } from "../auth/token-verifier";
import type { BindingStore, ChatSessionStore } from "../store";

export interface ChatSessionRouteDeps {
  /** The session service, or anything that reads a session's state by id. */
  sessions: { get(sessionId: string): SessionState | undefined };
  verifier: TokenVerifier;
  chatSessions: ChatSessionStore;
  bindings: BindingStore;
  now?: () => Date;
}

type ChatParams = { Params: { chatId: string } };

const chatId = z.string().min(1).max(512);
const choiceBody = z.object({ sessionId: z.string().trim().min(1).max(128) });

/**
 * The link between a Teams chat and a council session, chosen on the tab's configuration page.
 *
 * - `GET /api/v1/chats/:chatId/session` answers `{ sessionId }`: the chosen session, else the
 *   one the bot bound the chat to when it was added; 404 `chat_not_linked` when neither exists.
 *   Public, like every other read of a session.
 * - `PUT /api/v1/chats/:chatId/session` with `{ sessionId }` links the chat. Only a chair or
 *   clerk on that session's roster may, proven by a bearer token (Teams SSO or development),
 *   never by anything the client says about itself. A chat the bot already follows moves to
 *   the chosen session, so its posts go where the configuration page says.
 *
 * The chat id goes in the path URL-encoded (it holds `:` and `@`).
 */
export function registerChatSessionRoutes(app: FastifyInstance, deps: ChatSessionRouteDeps): void {
  app.get<ChatParams>("/api/v1/chats/:chatId/session", async (req, reply) => {
    if (!chatId.safeParse(req.params.chatId).success) {
      return fail(reply, 400, "invalid_request", "chatId: 1 to 512 characters");
    }
    const chosen = await deps.chatSessions.forChat(req.params.chatId);
    const sessionId =
      chosen?.sessionId ?? (await deps.bindings.forConversation(req.params.chatId))?.sessionId;
    if (!sessionId) return fail(reply, 404, "chat_not_linked", "no session is linked to this chat");
    return { sessionId };
  });

  app.put<ChatParams & { Body: unknown }>("/api/v1/chats/:chatId/session", async (req, reply) => {
    const identity = await caller(deps.verifier, req, reply);
    if (!identity) return reply;
    const body = choiceBody.safeParse(req.body);
    if (!chatId.safeParse(req.params.chatId).success || !body.success) {
      return fail(reply, 400, "invalid_request", "a chat id and { sessionId } are required");
    }

    const { sessionId } = body.data;
    const state = deps.sessions.get(sessionId);
    if (!state) return fail(reply, 404, "session_not_found", "no such session");
    const member = memberForIdentity(state, identity);
    if (!member) return fail(reply, 403, "not_on_roster", "you are not on this session's roster");
    if (member.role === "member") {
      return fail(reply, 403, "not_chair", "only the chair or the clerk may link a chat");
    }

    const chosenAt = (deps.now ?? (() => new Date()))().toISOString();
    const choice = { chatId: req.params.chatId, sessionId, chosenBy: member.id, chosenAt };
    await deps.chatSessions.choose(choice);
    const moved = await moveBinding(deps.bindings, choice.chatId, sessionId, chosenAt);
    req.log.info({ sessionId, memberId: member.id, moved }, "chat_session_chosen");
    return choice;
  });
}

/** Moves a chat the bot already follows to the chosen session; true when it moved. */
async function moveBinding(
  bindings: BindingStore,
  conversationId: string,
  sessionId: string,
  boundAt: string,
): Promise<boolean> {
  const binding = await bindings.forConversation(conversationId);
  if (!binding || binding.sessionId === sessionId) return false;
  await bindings.bind({ ...binding, sessionId, boundAt });
  return true;
}

/** The verified caller, or undefined after answering 401 with the verifier's code. */
async function caller(
  verifier: TokenVerifier,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<VerifiedIdentity | undefined> {
  try {
    return await identify(verifier, req);
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    await fail(reply, 401, error.code, error.message);
    return undefined;
  }
}

function fail(reply: FastifyReply, status: number, code: string, message: string) {
  const body: ErrorBody = { error: { code, message } };
  return reply.code(status).send(body);
}
