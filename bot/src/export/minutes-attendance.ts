import type { SessionState } from "@council/core";
import { holdsSeat, isPresent } from "@council/core";
import type { MinutesContext } from "./minutes-context";
import { byName } from "./minutes-context";
import type {
  AttendanceMovement,
  MinutesAttendance,
  MinutesPerson,
  PresentMember,
} from "./minutes-model";
import type { SessionWalk } from "./session-walk";

/**
 * Who took part, who was excused and who was absent, with arrivals and departures. Before the
 * opening attendance only sets the scene; a session never opened lists who was recorded present.
 */
export function buildAttendance(
  state: SessionState,
  walk: SessionWalk,
  ctx: MinutesContext,
  excusedIds: readonly string[],
): MinutesAttendance {
  const seats = state.members.filter(holdsSeat);
  const attended = walk.opening ? walk.attended : presentNow(state);
  const present = [...attended].map(([id, mode]) => presentMember(state, walk, ctx, id, mode));
  const missing = seats.filter((m) => !attended.has(m.id)).map((m) => person(ctx, m.id));
  const excused = missing.filter((p) => excusedIds.includes(p.id));
  const absent = missing.filter((p) => !excusedIds.includes(p.id));
  const counts = {
    present: present.length,
    seats: seats.length,
    room: present.filter((p) => p.mode === "room").length,
    remote: present.filter((p) => p.mode === "remote").length,
    excused: excused.length,
    absent: absent.length,
  };

  return {
    seats: counts.seats,
    present: present.sort(byName),
    room: counts.room,
    remote: counts.remote,
    presentAtOpening: walk.opening?.presence.size ?? 0,
    excused: excused.sort(byName),
    absent: absent.sort(byName),
    movements: walk.movements.map((m): AttendanceMovement => ({
      member: person(ctx, m.memberId),
      kind: m.kind,
      mode: m.mode,
      at: ctx.at(m.at),
    })),
    summary: ctx.words.attendanceSummary(counts),
  };
}

function presentNow(state: SessionState): Map<string, "room" | "remote"> {
  const present = new Map<string, "room" | "remote">();
  for (const member of state.members.filter(holdsSeat)) {
    const mode = state.attendance[member.id]?.mode;
    if (mode === "room" || mode === "remote") present.set(member.id, mode);
  }
  return present;
}

function presentMember(
  state: SessionState,
  walk: SessionWalk,
  ctx: MinutesContext,
  id: string,
  mode: "room" | "remote",
): PresentMember {
  const atOpening = walk.opening?.presence.has(id) ?? true;
  const own = walk.movements.filter((m) => m.memberId === id);
  const arrival = atOpening ? undefined : own.find((m) => m.kind === "arrival");
  const departure = isPresent(state, id) ? undefined : own.findLast((m) => m.kind === "departure");
  return {
    ...person(ctx, id),
    mode,
    atOpening,
    ...(arrival ? { arrivedAt: ctx.at(arrival.at) } : {}),
    ...(departure ? { leftAt: ctx.at(departure.at) } : {}),
  };
}

function person(ctx: MinutesContext, id: string): MinutesPerson {
  return { id, name: ctx.nameOf(id) };
}
