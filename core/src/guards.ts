import type { CommandContext } from "./commands";
import type { Decision } from "./decision";
import { refuse } from "./decision";
import { quorumStatus } from "./quorum";
import type { Member } from "./roster";
import { holdsSeat } from "./roster";
import type { SessionState } from "./state";

/** A failed check: the refusal to return. Checks return undefined when they pass. */
export type Check = Decision | undefined;

export function actorMember(state: SessionState, ctx: CommandContext): Member | undefined {
  const actor = ctx.actor;
  if (actor.kind !== "member") return undefined;
  return state.members.find((m) => m.id === actor.memberId);
}

/** Runs the agenda: a roster chair, or the service itself (imports, timers). */
export function requireChair(state: SessionState, ctx: CommandContext): Check {
  if (ctx.actor.kind === "system") return undefined;
  const member = actorMember(state, ctx);
  if (!member) return refuse("not_on_roster", "you are not on this council's roster");
  if (member.role !== "chair") return refuse("not_chair", "only the chair may do this");
  return undefined;
}

/** A chair or clerk, or the service: keeps the attendance record. */
export function requireRecordKeeper(state: SessionState, ctx: CommandContext): Check {
  if (ctx.actor.kind === "system") return undefined;
  const member = actorMember(state, ctx);
  if (!member) return refuse("not_on_roster", "you are not on this council's roster");
  if (member.role === "member")
    return refuse("not_chair", "only the chair or the clerk may do this");
  return undefined;
}

/** The service alone: facts reported by Teams, which no person may claim on its behalf. */
export function requireService(ctx: CommandContext): Check {
  if (ctx.actor.kind === "system") return undefined;
  return refuse("not_allowed", "only the service records what Teams reports");
}

/** A seat holder acting for themself; returns the member or a refusal. */
export function requireSeatHolder(state: SessionState, ctx: CommandContext): Member | Decision {
  const member = actorMember(state, ctx);
  if (!member) return refuse("not_on_roster", "you are not on this council's roster");
  if (!holdsSeat(member)) return refuse("not_a_member", "only members of the council may do this");
  return member;
}

export function requireOpen(state: SessionState): Check {
  if (state.status === "scheduled")
    return refuse("session_not_open", "the session is not open yet");
  if (state.status === "closed") return refuse("session_closed", "the session is closed");
  return undefined;
}

/**
 * Business that needs quorum. Under a continuous check every act of business does; otherwise only
 * votes. Under an "end" rule a lost quorum stops business until the chair closes the session.
 */
export function requireQuorum(state: SessionState, forVote: boolean): Check {
  const rules = state.rules;
  if (rules.onQuorumLoss === "end" && state.quorumLostAt) {
    return refuse("no_quorum", "quorum was lost: the chair must close the session");
  }
  const applies =
    rules.quorum.check === "continuous" || (forVote && rules.quorum.check !== "at_opening");
  if (!applies) return undefined;
  const q = quorumStatus(state);
  if (q.met) return undefined;
  return refuse("no_quorum", `no quorum: ${q.present} present, ${q.quorum} needed`);
}

/** The first failed check, if any. */
export function firstFailure(...checks: Array<() => Check>): Check {
  for (const check of checks) {
    const failure = check();
    if (failure) return failure;
  }
  return undefined;
}
