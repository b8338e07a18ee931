import type { Member, PresenceSignalKind, SessionState } from "@council/core";
import type { Activity } from "botbuilder";
import { memberForTeamsUser } from "./member-for-teams-user";

export const PARTICIPANT_JOIN = "application/vnd.microsoft.meetingParticipantJoin";
export const PARTICIPANT_LEAVE = "application/vnd.microsoft.meetingParticipantLeave";

/** A participant as the join and leave events describe them; only the Entra id is used. */
export interface MeetingParticipant {
  aadObjectId?: string;
}

/** Who Teams says joined or left the meeting. */
export interface ParticipantChange {
  signal: PresenceSignalKind;
  participants: MeetingParticipant[];
}

interface RawMember {
  user?: { aadObjectId?: unknown };
}

/**
 * Reads a meetingParticipantJoin or meetingParticipantLeave event; undefined for any other
 * activity. A value without a `members` list reads as a change with nobody in it.
 */
export function readParticipantChange(activity: Partial<Activity>): ParticipantChange | undefined {
  if (activity.type !== "event") return undefined;
  const signal = signalOf(activity.name);
  if (!signal) return undefined;

  const members = (activity.value as { members?: unknown } | undefined)?.members;
  const list = Array.isArray(members) ? (members as RawMember[]) : [];
  return { signal, participants: list.map((m) => ({ aadObjectId: idOf(m.user?.aadObjectId) })) };
}

/**
 * The roster members among the participants, matched by Entra object id (case does not matter
 * in a GUID), each once; `unknown` counts the rest: guests, the public, bots, anyone without an
 * id or not on the roster.
 */
export function rosterMembersAmong(
  state: SessionState,
  participants: MeetingParticipant[],
): { members: Member[]; unknown: number } {
  const members = new Map<string, Member>();
  let unknown = 0;
  for (const participant of participants) {
    const member = memberForTeamsUser(state, participant.aadObjectId);
    if (member) members.set(member.id, member);
    else unknown += 1;
  }
  return { members: [...members.values()], unknown };
}

function signalOf(name: string | undefined): PresenceSignalKind | undefined {
  if (name === PARTICIPANT_JOIN) return "joined";
  if (name === PARTICIPANT_LEAVE) return "left";
  return undefined;
}

function idOf(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}
