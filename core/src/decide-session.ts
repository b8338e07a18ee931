import type { Command, CommandContext } from "./commands";
import type { Decision } from "./decision";
import { accept, refuse } from "./decision";
import type { SessionEvent } from "./events";
import { actorMember, firstFailure, requireChair, requireRecordKeeper } from "./guards";
import { quorumStatus } from "./quorum";
import { holdsSeat } from "./roster";
import { findRuleSet } from "./rules";
import type { SessionState } from "./state";
import { closingEvents } from "./closing-events";

type Cmd<T extends Command["type"]> = Extract<Command, { type: T }>;

export const DEFAULT_TIME_ZONE = "Europe/Prague";

export function createSession(
  state: SessionState | undefined,
  cmd: Cmd<"create_session">,
  ctx: CommandContext,
): Decision {
  if (state) return refuse("session_exists", "a session with this id exists already");
  const rules = findRuleSet(cmd.ruleSetId ?? "cz-municipal");
  if (!rules) return refuse("invalid_command", `unknown rule set ${cmd.ruleSetId}`);
  const invalid = rosterProblem(cmd) ?? agendaProblem(cmd);
  if (invalid) return refuse("invalid_command", invalid);
  if (ctx.actor.kind === "member") {
    const actorId = ctx.actor.memberId;
    const actor = cmd.members.find((m) => m.id === actorId);
    if (!actor) return refuse("not_on_roster", "you are not on this council's roster");
    if (actor.role === "member")
      return refuse("not_chair", "only a chair or clerk may create a session");
  }

  // Named fields only: whatever else a client sent along never reaches the log.
  const { title, council, place, scheduledFor, members, agenda } = cmd;
  const timeZone = cmd.timeZone ?? DEFAULT_TIME_ZONE;
  const payload = { title, council, place, scheduledFor, timeZone, members, agenda, rules };
  return accept({ type: "session_created", payload });
}

function rosterProblem(cmd: Cmd<"create_session">): string | undefined {
  const ids = new Set(cmd.members.map((m) => m.id));
  if (ids.size !== cmd.members.length) return "member ids on the roster must be unique";
  if (!cmd.members.some(holdsSeat)) return "the roster needs at least one member with a seat";
  return undefined;
}

function agendaProblem(cmd: Cmd<"create_session">): string | undefined {
  const ids = new Set(cmd.agenda.map((i) => i.id));
  if (ids.size !== cmd.agenda.length) return "agenda item ids must be unique";
  return undefined;
}

export function openSession(state: SessionState, ctx: CommandContext): Decision {
  const failure = requireChair(state, ctx);
  if (failure) return failure;
  if (state.status === "open") return refuse("session_already_open", "the session is open already");
  if (state.status === "closed") return refuse("session_closed", "the session is closed");

  const q = quorumStatus(state);
  if (!q.met) return refuse("no_quorum", `no quorum: ${q.present} present, ${q.quorum} needed`);
  return accept({ type: "session_opened", payload: { present: q.present, quorum: q.quorum } });
}

/**
 * Records one member's attendance. The chair or clerk records anyone; a member may report
 * themself (the "I am here" of a remote councillor). Emits the quorum change it causes.
 */
export function recordAttendance(
  state: SessionState,
  cmd: Cmd<"record_attendance">,
  ctx: CommandContext,
): Decision {
  const self = actorMember(state, ctx)?.id === cmd.memberId;
  const failure = self ? undefined : requireRecordKeeper(state, ctx);
  if (failure) return failure;
  if (state.status === "closed") return refuse("session_closed", "the session is closed");
  const target = state.members.find((m) => m.id === cmd.memberId);
  if (!target) return refuse("not_on_roster", `${cmd.memberId} is not on the roster`);
  if (!holdsSeat(target)) return refuse("not_a_member", `${target.name} holds no seat`);

  const payload = { memberId: cmd.memberId, mode: cmd.mode };
  return accept({ type: "attendance_recorded", payload }, ...quorumChange(state, cmd));
}

function quorumChange(state: SessionState, cmd: Cmd<"record_attendance">): SessionEvent[] {
  if (state.status !== "open") return [];
  const before = quorumStatus(state);
  const attendance = { ...state.attendance, [cmd.memberId]: { mode: cmd.mode, since: "" } };
  const after = quorumStatus({ ...state, attendance });
  const payload = { present: after.present, quorum: after.quorum };
  if (before.met && !after.met && !state.quorumLostAt) return [{ type: "quorum_lost", payload }];
  const restorable = state.quorumLostAt && state.rules.onQuorumLoss === "suspend";
  if (!before.met && after.met && restorable) return [{ type: "quorum_restored", payload }];
  return [];
}

export function closeSession(
  state: SessionState,
  cmd: Cmd<"close_session">,
  ctx: CommandContext,
): Decision {
  const failure = firstFailure(
    () => requireChair(state, ctx),
    () =>
      state.status === "closed" ? refuse("session_closed", "the session is closed") : undefined,
  );
  if (failure) return failure;
  if (state.currentVoteId) return refuse("vote_open", "close the open vote first");

  const reason = cmd.reason ?? (state.quorumLostAt ? "quorum_lost" : "adjourned");
  return accept(...closingEvents(state), { type: "session_closed", payload: { reason } });
}
