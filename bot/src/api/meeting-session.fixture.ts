import type { Member } from "@council/core";
import { FakeTeamsMeetings } from "../../../tests/support/fake-teams-meetings";
import type { FakeParticipant } from "../../../tests/support/fake-teams-meetings";
import { LocalJwks, TEST_TENANT } from "../auth/local-jwks.fixture";
import type { ApiHarness } from "./api-harness.fixture";
import { startApiHarness } from "./api-harness.fixture";

export const MEETING_ID = "MCMeetingQ291bmNpbA==";
export const MEETING_CHAT = "19:meeting_Y291bmNpbA@thread.v2";
export const GROUP_CHAT = "19:plain-group-chat@thread.v2";

/** Entra object id of a roster member in these tests. */
export const oidOf = (memberId: string) => `00000000-0000-4000-8000-${memberId.padStart(12, "0")}`;

/**
 * A council of a chair, a clerk and five members. All but m4 have Entra ids; m5 is not in the
 * meeting chat. In Teams the chair organizes the meeting, the clerk presents, members attend.
 */
export const roster: Member[] = [
  { id: "chair", name: "Jana Předsedová", group: "A", role: "chair", aadObjectId: oidOf("1") },
  { id: "clerk", name: "Karel Zapisovatel", group: "úřad", role: "clerk", aadObjectId: oidOf("2") },
  { id: "m1", name: "Petr Dvořák", group: "A", role: "member", aadObjectId: oidOf("11") },
  { id: "m2", name: "Zdeněk Černý", group: "B", role: "member", aadObjectId: oidOf("12") },
  { id: "m3", name: "Marie Šťastná", group: "B", role: "member", aadObjectId: oidOf("13") },
  { id: "m4", name: "Tomáš Cibulka", group: "C", role: "member" },
  { id: "m5", name: "Eva Malá", group: "C", role: "member", aadObjectId: oidOf("15") },
];

const teamsRoles: Record<string, string> = {
  chair: "Organizer",
  clerk: "Presenter",
  m1: "Attendee",
  m2: "Attendee",
  m3: "Attendee",
};

/** The meeting's participants as Teams knows them, with fresh roles. */
export function participants(): FakeParticipant[] {
  return roster
    .filter((m) => teamsRoles[m.id])
    .map((m) => ({
      aadObjectId: m.aadObjectId!,
      id: `29:teams-${m.id}`,
      name: m.name,
      role: teamsRoles[m.id]!,
    }));
}

/** A parsed JSON answer; tests read into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test answers are read as loose JSON
export type Body = any;

/** Everything a meeting test needs: key set, Teams stand-in, the API, and ways to call it. */
export interface MeetingWorld {
  jwks: LocalJwks;
  teams: FakeTeamsMeetings;
  api: ApiHarness;
  /** A Teams SSO token for a roster member (by member id) or any object id. */
  sso(memberIdOrOid: string): Promise<string>;
  command(
    token: string,
    body: unknown,
    sessionId?: string,
  ): Promise<{ status: number; body: Body }>;
  post(token: string, route: string, body?: unknown): Promise<{ status: number; body: Body }>;
  /** Binds a chat to the session, as the bot does when added to it. */
  bind(sessionId: string, conversationId: string, meetingId?: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startMeetingWorld(
  options: { maxPageSize?: number } = {},
): Promise<MeetingWorld> {
  const jwks = await LocalJwks.start();
  const teams = await FakeTeamsMeetings.start({ tenantId: TEST_TENANT, ...options });
  const api = await startApiHarness(jwks.env());
  teams.meeting(MEETING_ID, { conversationId: MEETING_CHAT, participants: participants() });

  const request = async (token: string, route: string, body?: unknown) => {
    const res = await fetch(`${api.url}${route}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body ?? {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Body) : undefined };
  };
  const sso = (who: string) => {
    const member = roster.find((m) => m.id === who);
    return jwks.token(member?.aadObjectId ?? who, { claims: { name: member?.name ?? "Host" } });
  };
  const bind = async (sessionId: string, conversationId: string, meetingId?: string) => {
    const reference = {
      channelId: "msteams",
      serviceUrl: teams.serviceUrl,
      bot: { id: "28:council-live-bot", name: "Council Live" },
      conversation: {
        id: conversationId,
        isGroup: true,
        conversationType: "groupChat",
        tenantId: TEST_TENANT,
      },
    };
    const boundAt = new Date().toISOString();
    await api.bindings.bind({ sessionId, conversationId, reference, boundAt, meetingId });
  };
  return {
    jwks,
    teams,
    api,
    sso,
    command: (token, body, sessionId = "s1") =>
      request(token, `/api/v1/sessions/${sessionId}/commands`, body),
    post: request,
    bind,
    stop: async () => {
      await api.stop();
      await teams.stop();
      await jwks.stop();
    },
  };
}

/**
 * Creates session `id` and, with development tokens before any meeting is bound, records
 * everyone but m4 present, opens it, starts item i1 and opens vote-1.
 */
export async function openSessionWithVote(world: MeetingWorld, id: string): Promise<void> {
  const dev = (memberId: string) => world.api.devToken(roster.find((m) => m.id === memberId)!);
  const chair = await dev("chair");
  const created = await world.post(chair, "/api/v1/sessions", {
    id,
    title: "Zasedání zastupitelstva",
    council: "Obec Test",
    members: roster,
    agenda: [{ id: "i1", title: "Rozpočet" }],
    ruleSetId: "votes-cast",
  });
  if (created.status !== 201) throw new Error(`not created: ${JSON.stringify(created.body)}`);
  const clerk = await dev("clerk");
  for (const memberId of ["chair", "m1", "m2", "m3", "m5"]) {
    await expectOk(
      world.command(clerk, { type: "record_attendance", memberId, mode: "remote" }, id),
    );
  }
  await expectOk(world.command(chair, { type: "open_session" }, id));
  await expectOk(world.command(chair, { type: "start_item", itemId: "i1" }, id));
  await expectOk(world.command(chair, { type: "open_vote" }, id));
}

async function expectOk(call: Promise<{ status: number; body: Body }>): Promise<void> {
  const res = await call;
  if (res.status !== 200)
    throw new Error(`expected 200, got ${res.status} ${JSON.stringify(res.body)}`);
}
