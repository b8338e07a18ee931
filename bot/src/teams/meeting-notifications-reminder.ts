import type { Lang, Member, SessionState, Vote } from "@council/core";
import { holdsSeat, isPresent } from "@council/core";
import type { MeetingNotifier } from "./meeting-notifications";
import { voteReminderNotification } from "./meeting-notifications";
import type { MeetingAddress } from "./meeting-roles-turn";

/** Why a non-voter got no reminder. */
export type UnremindedReason =
  /** The roster has no Entra object id for the member. */
  | "no_teams_identity"
  /** The member is not in the meeting chat. */
  | "not_in_meeting_chat"
  /** Teams refused this recipient (207), e.g. not in the call. */
  | "not_delivered";

/** Who was reminded and who was not, by roster member id. */
export interface ReminderOutcome {
  reminded: string[];
  unreminded: { memberId: string; reason: UnremindedReason; detail?: string }[];
}

/**
 * The members who may vote in `vote` and have not: present seat holders without a ballot,
 * leaving out those a declared conflict of interest bars when the rules say so.
 */
export function nonVoters(state: SessionState, vote: Vote): Member[] {
  const barred = new Set(
    state.rules.conflictBarsVote
      ? state.conflicts.filter((c) => c.itemId === vote.itemId).map((c) => c.memberId)
      : [],
  );
  return state.members.filter(
    (m) => holdsSeat(m) && isPresent(state, m.id) && !vote.ballots[m.id] && !barred.has(m.id),
  );
}

export interface RemindNonVotersInput {
  notifier: MeetingNotifier;
  address: MeetingAddress;
  state: SessionState;
  vote: Vote;
  /** The tab's public base URL, e.g. `https://council.example.cz`. */
  tabUrl: string;
  lang?: Lang;
}

/**
 * Reminds the non-voters of an open vote with a targeted in-meeting notification that opens
 * the tab at the vote. Roster members are matched to Teams users through the meeting chat's
 * member list (Entra object id → Teams user id); nobody else is ever a recipient.
 */
export async function remindNonVoters(input: RemindNonVotersInput): Promise<ReminderOutcome> {
  const pending = nonVoters(input.state, input.vote);
  if (pending.length === 0) return { reminded: [], unreminded: [] };

  const chat = await input.notifier.chatMembers(input.address);
  const teamsIdOf = new Map(chat.map((m) => [m.aadObjectId?.toLowerCase(), m.teamsUserId]));
  const targets = pending.flatMap((member) => {
    const teamsUserId = teamsIdOf.get(member.aadObjectId?.toLowerCase());
    return teamsUserId ? [{ member, teamsUserId }] : [];
  });
  const unreminded = pending
    .filter((member) => !targets.some((t) => t.member === member))
    .map((member) => ({ memberId: member.id, reason: unmatched(member) }));
  if (targets.length === 0) return { reminded: [], unreminded };

  const notification = voteReminderNotification({
    recipients: targets.map((t) => t.teamsUserId),
    title: reminderTitle(input.vote, input.lang ?? "cs"),
    url: voteUrl(input.tabUrl, input.state.id, input.vote.id),
  });
  const failures = await input.notifier.send(input.address, notification);

  const failed = new Map(failures.map((f) => [f.teamsUserId, f.reason]));
  const notDelivered = targets.filter((t) => failed.has(t.teamsUserId));
  return {
    reminded: targets.filter((t) => !failed.has(t.teamsUserId)).map((t) => t.member.id),
    unreminded: [
      ...unreminded,
      ...notDelivered.map((t) => ({
        memberId: t.member.id,
        reason: "not_delivered" as const,
        detail: failed.get(t.teamsUserId),
      })),
    ],
  };
}

function unmatched(member: Member): UnremindedReason {
  return member.aadObjectId ? "not_in_meeting_chat" : "no_teams_identity";
}

function reminderTitle(vote: Vote, lang: Lang): string {
  return lang === "cs"
    ? `Hlasování č. ${vote.number}: čeká se na váš hlas`
    : `Vote ${vote.number}: your ballot is awaited`;
}

/** The tab opened at the session and the vote. */
export function voteUrl(tabUrl: string, sessionId: string, voteId: string): string {
  const url = new URL(tabUrl.endsWith("/") ? tabUrl : `${tabUrl}/`);
  url.searchParams.set("session", sessionId);
  url.searchParams.set("vote", voteId);
  return url.toString();
}
