import type { Member } from "@council/core";
import { ensureDemoSession } from "../../bot/src/demo/ensure-demo-session";
import { DEMO_SESSION_ID } from "../../bot/src/demo/demo-files";
import { api, startTestService } from "../support/test-service";
import type { TestService } from "../support/test-service";

/** The demo session on a fresh service, with a signed link per person and a command helper. */
export interface DemoSession {
  svc: TestService;
  sessionId: string;
  tokens: Record<string, string>;
  members: Record<string, Member>;
  /** A command as another client (the bot, a second device) sends it; throws on a refusal. */
  command(memberId: string, body: Record<string, unknown>): Promise<void>;
  /** Ballots of several members in one go. */
  cast(
    voteId: string,
    memberIds: readonly string[],
    choice: "yes" | "no" | "abstain",
  ): Promise<void>;
}

/** "m05".."m16" and the like: the demo roster's member ids. */
export function memberIds(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `m${String(from + i).padStart(2, "0")}`);
}

/** Starts the service with the demo session (Čerčany, 23 members, a clerk). */
export async function startDemoSession(): Promise<DemoSession> {
  const svc = await startTestService();
  const tokens: Record<string, string> = {};
  const members: Record<string, Member> = {};
  for (const link of await ensureDemoSession(svc.app, svc.url)) {
    tokens[link.member.id] = link.token;
    members[link.member.id] = link.member;
  }
  const sessionId = DEMO_SESSION_ID;
  const command = async (memberId: string, body: Record<string, unknown>) => {
    const route = `/api/v1/sessions/${sessionId}/commands`;
    const res = await api(svc.url, "POST", route, { token: tokens[memberId], body });
    if (res.status !== 200) {
      throw new Error(
        `${memberId} ${String(body.type)}: ${res.status} ${JSON.stringify(res.body)}`,
      );
    }
  };
  const cast = async (voteId: string, ids: readonly string[], choice: string) => {
    for (const id of ids) await command(id, { type: "cast_ballot", voteId, choice });
  };
  return { svc, sessionId, tokens, members, command, cast };
}
