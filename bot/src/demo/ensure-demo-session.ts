import type { Member } from "@council/core";
import type { App } from "../app";
import { issueDevToken } from "../auth/dev-token-issuer";
import { DEMO_SESSION_ID, demoCreateCommand } from "./demo-files";

export interface DemoLink {
  member: Member;
  url: string;
  token: string;
}

/** Creates the demo session on first start (by its chair) and signs a link for everyone on its roster. */
export async function ensureDemoSession(app: App, publicUrl: string): Promise<DemoLink[]> {
  const command = demoCreateCommand();
  if (!app.sessions.get(DEMO_SESSION_ID)) {
    const chair = command.members.find((m) => m.role === "chair");
    if (!chair) throw new Error("the demo roster has no chair");
    const outcome = await app.sessions.submit(DEMO_SESSION_ID, command, {
      kind: "member",
      memberId: chair.id,
    });
    if (!outcome.ok) throw new Error(`demo session refused: ${outcome.refusal.code}`);
  }
  const members = app.sessions.get(DEMO_SESSION_ID)?.members ?? [];
  return Promise.all(
    members.map(async (member) => {
      const token = await issueDevToken(app.devKey, member);
      return { member, token, url: `${publicUrl}/?session=${DEMO_SESSION_ID}#token=${token}` };
    }),
  );
}
