import type { CloudAdapter, TeamsMeetingParticipant } from "botbuilder";
import { TeamsInfo } from "botbuilder";
import type { MeetingAddress } from "./meeting-roles-turn";
import { inMeetingTurn, tenantOf } from "./meeting-roles-turn";

/** A participant's role in a Teams meeting. */
export type MeetingRole = "Organizer" | "Presenter" | "Attendee";

/** What Teams says about one person in one meeting, at the moment of asking. */
export interface MeetingParticipation {
  role: MeetingRole;
  /** Whether the person is in the call right now. */
  inMeeting: boolean;
}

/** Whom to ask about: the person's Entra object id and tenant. */
export interface MeetingParticipant {
  aadObjectId: string;
  /** The person's tenant; the meeting chat's tenant when not given. */
  tenantId?: string;
}

/**
 * Asks Teams for a participant's meeting role. Answers are never cached: a presenter demoted
 * mid-meeting loses the chair's actions on the next request.
 */
export interface MeetingRoles {
  participation(address: MeetingAddress, who: MeetingParticipant): Promise<MeetingParticipation>;
}

/** Whether Teams lets this participant run the meeting: its organizer or a presenter. */
export function runsTheMeeting(participation: MeetingParticipation): boolean {
  return participation.role === "Organizer" || participation.role === "Presenter";
}

/**
 * Meeting roles through botbuilder: `TeamsInfo.getMeetingParticipant` in a proactive turn on the
 * meeting chat, which calls `GET {serviceUrl}/v1/meetings/{meetingId}/participants/{aadObjectId}
 * ?tenantId=` with the bot's credentials. Fails with a MeetingApiError: 403 app not installed,
 * 404 meeting expired, anything else Teams unavailable.
 *
 * @example
 * const roles = new BotbuilderMeetingRoles(endpoint.adapter, config.bot.appId);
 * const { role } = await roles.participation({ reference, meetingId }, { aadObjectId: oid });
 */
export class BotbuilderMeetingRoles implements MeetingRoles {
  constructor(
    private readonly adapter: CloudAdapter,
    /** The bot's app id; empty when running without credentials. */
    private readonly appId = "",
  ) {}

  async participation(
    address: MeetingAddress,
    who: MeetingParticipant,
  ): Promise<MeetingParticipation> {
    const tenantId = who.tenantId ?? tenantOf(address);
    const participant = await inMeetingTurn(this.adapter, this.appId, address, (context) =>
      TeamsInfo.getMeetingParticipant(context, address.meetingId, who.aadObjectId, tenantId),
    );
    return participationOf(participant);
  }
}

/**
 * Reads Teams' answer. A role Teams may add later is taken as Attendee: an unknown role never
 * grants the chair's actions.
 */
export function participationOf(participant: TeamsMeetingParticipant): MeetingParticipation {
  const role = participant.meeting?.role;
  const known = role === "Organizer" || role === "Presenter" || role === "Attendee";
  return { role: known ? role : "Attendee", inMeeting: participant.meeting?.inMeeting === true };
}
