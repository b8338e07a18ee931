import { holdsSeat } from "./roster";
import { neededCount } from "./rules";
import type { SessionState } from "./state";

export interface QuorumStatus {
  /** Mandates held: the member base. */
  members: number;
  present: number;
  room: number;
  remote: number;
  /** Members needed present for quorum. */
  quorum: number;
  met: boolean;
}

/** Whether a seat holder counts as present (in the room or remotely). */
export function isPresent(state: SessionState, memberId: string): boolean {
  const mode = state.attendance[memberId]?.mode;
  return mode === "room" || mode === "remote";
}

/** Quorum as the rule set defines it, from the attendance recorded so far. */
export function quorumStatus(state: SessionState): QuorumStatus {
  const seats = state.members.filter(holdsSeat);
  let room = 0;
  let remote = 0;
  for (const m of seats) {
    const mode = state.attendance[m.id]?.mode;
    if (mode === "room") room++;
    if (mode === "remote") remote++;
  }
  const quorum = neededCount(seats.length, state.rules.quorum);
  const present = room + remote;
  return { members: seats.length, present, room, remote, quorum, met: present >= quorum };
}
