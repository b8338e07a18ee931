import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { memberForIdentity } from "../auth/member-for-identity";
import type { TokenVerifier } from "../auth/token-verifier";
import type { SessionService } from "../sessions/session-service";
import type { MeetingNotifier } from "../teams/meeting-notifications";
import { remindNonVoters } from "../teams/meeting-notifications-reminder";
import type { ApiRefusal } from "./api-refusal";
import { statusOfRefusal } from "./http-status";
import { identify } from "./identify";
import type { MeetingAuthority } from "./meeting-authority";
import { meetingOf, requireMeetingPresenter } from "./meeting-authority";
import { answeringFailures } from "./answering-failures";
import { sendError } from "./send-error";

export interface ReminderDeps {
  sessions: SessionService;
  verifier: TokenVerifier;
  meetings: MeetingAuthority;
  notifier: MeetingNotifier;
  /** The tab's public base URL, which the reminder opens at the vote. */
  tabUrl: string;
}

type RemindRequest = FastifyRequest<{ Params: { id: string; voteId: string } }>;

/**
 * `POST /api/v1/sessions/:id/votes/:voteId/remind`: the chair, who must also run the Teams
 * meeting, reminds the councillors who have not voted with a targeted in-meeting notification.
 * Answers 200 with who was reminded and who was not (and why); 409 `vote_closed` for a closed
 * vote, 409 `not_in_meeting` for a session that follows no Teams meeting.
 *
 * @example
 * registerReminderRoutes(app, { sessions, verifier, meetings, notifier, tabUrl: config.publicUrl });
 */
export function registerReminderRoutes(app: FastifyInstance, deps: ReminderDeps): void {
  app.post<{ Params: { id: string; voteId: string } }>(
    "/api/v1/sessions/:id/votes/:voteId/remind",
    answeringFailures((req: RemindRequest, reply) => remind(req, reply, deps)),
  );
}

async function remind(req: RemindRequest, reply: FastifyReply, deps: ReminderDeps) {
  const { id: sessionId, voteId } = req.params;
  const identity = await identify(deps.verifier, req);
  const state = deps.sessions.get(sessionId);
  if (!state) return sendError(reply, 404, "session_not_found", "no such session");
  const member = memberForIdentity(state, identity);
  if (!member)
    return refuse(reply, {
      code: "not_on_roster",
      message: "you are not on the roster of this council",
    });
  if (member.role !== "chair")
    return refuse(reply, { code: "not_chair", message: "only the chair may remind councillors" });
  const vote = state.votes.find((v) => v.id === voteId);
  if (!vote) return refuse(reply, { code: "vote_not_found", message: `no vote ${voteId}` });
  if (vote.status !== "open")
    return refuse(reply, { code: "vote_closed", message: "the vote is closed" });
  const meeting = await meetingOf(deps.meetings.bindings, sessionId);
  if (!meeting) {
    const message = "the session follows no Teams meeting, so there is nobody to notify";
    return refuse(reply, { code: "not_in_meeting", message });
  }
  const refusal = await requireMeetingPresenter(deps.meetings.roles, meeting, member, identity);
  if (refusal) return refuse(reply, refusal);

  const outcome = await remindNonVoters({
    notifier: deps.notifier,
    address: meeting,
    state,
    vote,
    tabUrl: deps.tabUrl,
  });

  req.log.info(
    { sessionId, voteId, reminded: outcome.reminded.length, unreminded: outcome.unreminded.length },
    "vote_reminder_sent",
  );
  return { voteId, ...outcome };
}

function refuse(reply: FastifyReply, refusal: ApiRefusal) {
  return sendError(reply, statusOfRefusal(refusal.code), refusal.code, refusal.message);
}
