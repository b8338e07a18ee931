import type { CloudAdapter, TeamsChannelAccount, TurnContext } from "botbuilder";
import { TeamsInfo } from "botbuilder";
import type { MeetingAddress } from "./meeting-roles-turn";
import { inMeetingTurn } from "./meeting-roles-turn";

/** A targeted in-meeting notification in the shape `POST /v1/meetings/{id}/notification` takes. */
export interface TargetedMeetingNotification {
  type: "targetedMeetingNotification";
  value: {
    /** Teams user ids (`29:` MRIs) of the people who see it. */
    recipients: string[];
    surfaces: MeetingStageSurface[];
  };
}

/** A pop-up on the meeting stage that opens a page of the tab. */
export interface MeetingStageSurface {
  surface: "meetingStage";
  contentType: "task";
  content: { value: { height: number; width: number; title: string; url: string } };
}

/** A member of the meeting chat: Teams user id and Entra object id. */
export interface MeetingChatMember {
  teamsUserId: string;
  aadObjectId?: string;
  name?: string;
}

/** A recipient Teams did not notify, with its reason. */
export interface NotificationFailure {
  teamsUserId: string;
  reason: string;
  errorCode?: string;
}

/** What the reminder needs from Teams. Failures come as MeetingApiError (403, 404, other). */
export interface MeetingNotifier {
  /** Everyone in the meeting chat, all pages. */
  chatMembers(address: MeetingAddress): Promise<MeetingChatMember[]>;
  /** Sends the notification; resolves with the recipients Teams could not reach (207). */
  send(
    address: MeetingAddress,
    notification: TargetedMeetingNotification,
  ): Promise<NotificationFailure[]>;
}

const PAGE_SIZE = 100;

/**
 * Meeting notifications through botbuilder, in proactive turns on the meeting chat:
 * `TeamsInfo.getPagedMembers` (GET `/v3/conversations/{id}/pagedmembers`) for the chat's
 * members and `TeamsInfo.sendMeetingNotification` (POST `/v1/meetings/{id}/notification`).
 *
 * @example
 * const notifier = new BotbuilderMeetingNotifier(endpoint.adapter, config.bot.appId);
 */
export class BotbuilderMeetingNotifier implements MeetingNotifier {
  constructor(
    private readonly adapter: CloudAdapter,
    /** The bot's app id; empty when running without credentials. */
    private readonly appId = "",
  ) {}

  chatMembers(address: MeetingAddress): Promise<MeetingChatMember[]> {
    return inMeetingTurn(this.adapter, this.appId, address, allMembers);
  }

  async send(
    address: MeetingAddress,
    notification: TargetedMeetingNotification,
  ): Promise<NotificationFailure[]> {
    const response = await inMeetingTurn(this.adapter, this.appId, address, (context) =>
      TeamsInfo.sendMeetingNotification(context, notification, address.meetingId),
    );
    return (response?.recipientsFailureInfo ?? []).map((failure) => ({
      teamsUserId: failure.recipientMri,
      reason: failure.failureReason,
      errorCode: failure.errorCode,
    }));
  }
}

async function allMembers(context: TurnContext): Promise<MeetingChatMember[]> {
  const members: MeetingChatMember[] = [];
  let token: string | undefined;
  do {
    const page = await TeamsInfo.getPagedMembers(context, PAGE_SIZE, token);
    members.push(...page.members.map(chatMember));
    token = page.continuationToken || undefined;
  } while (token);
  return members;
}

/** Teams lists the Entra object id as `objectId`; botbuilder's type calls it `aadObjectId`. */
function chatMember(account: TeamsChannelAccount & { objectId?: string }): MeetingChatMember {
  return {
    teamsUserId: account.id,
    aadObjectId: account.aadObjectId ?? account.objectId,
    name: account.name,
  };
}

/** What a vote reminder says and where it leads. */
export interface VoteReminderContent {
  recipients: string[];
  title: string;
  /** The tab's page for the vote; its host must be in the app's validDomains. */
  url: string;
}

/** The targeted notification reminding `recipients` to vote: a stage pop-up with the tab. */
export function voteReminderNotification(
  content: VoteReminderContent,
): TargetedMeetingNotification {
  const value = { height: 320, width: 420, title: content.title, url: content.url };
  return {
    type: "targetedMeetingNotification",
    value: {
      recipients: content.recipients,
      surfaces: [{ surface: "meetingStage", contentType: "task", content: { value } }],
    },
  };
}
