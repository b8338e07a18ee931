import type { Actor, Command, Member } from "@council/core";
import pino from "pino";
import { SessionService } from "../sessions/session-service";
import { MemoryEventStore } from "../store";

/*
 * A small council for the bot's tests, run by the real SessionService over the in-memory event
 * store: four seats (the chair and three members) and a clerk. Three of them carry the Entra
 * object id Teams would put on their activities; Cibulka has none, as a roster imported without
 * Entra ids would have. Not exported from index.ts.
 */

export const SESSION_ID = "kostelec-2025-03";

export const aad = {
  chair: "11111111-aaaa-4aaa-8aaa-000000000001",
  dvorak: "11111111-aaaa-4aaa-8aaa-000000000002",
  cerny: "11111111-aaaa-4aaa-8aaa-000000000003",
  clerk: "11111111-aaaa-4aaa-8aaa-000000000009",
  stranger: "99999999-ffff-4fff-8fff-000000000000",
};

export const councilMembers: Member[] = [
  {
    id: "m1",
    name: "Jana Nováková",
    title: "Ing.",
    group: "A",
    role: "chair",
    aadObjectId: aad.chair,
  },
  { id: "m2", name: "Petr Dvořák", group: "A", role: "member", aadObjectId: aad.dvorak },
  { id: "m3", name: "Zdeněk Černý", group: "B", role: "member", aadObjectId: aad.cerny },
  { id: "m4", name: "Tomáš Cibulka", group: "B", role: "member" },
  { id: "c1", name: "Eva Malá", group: "úřad", role: "clerk", aadObjectId: aad.clerk },
];

const chair: Actor = { kind: "member", memberId: "m1" };
const system: Actor = { kind: "system", name: "test" };

/** The session service holding the council's session, and steps that move it along. */
export class TestCouncil {
  readonly sessions: SessionService;
  private clockMinutes = 0;

  private constructor() {
    const start = Date.parse("2025-03-12T17:00:00Z");
    const clock = () => new Date(start + this.clockMinutes++ * 60_000);
    this.sessions = new SessionService(new MemoryEventStore(), pino({ level: "silent" }), clock);
  }

  /** A scheduled session: created, nobody recorded present yet. */
  static async scheduled(): Promise<TestCouncil> {
    const council = new TestCouncil();
    await council.run(
      {
        type: "create_session",
        title: "12. zasedání",
        council: "Zastupitelstvo města Kostelec",
        members: councilMembers,
        agenda: [
          { id: "item-1", title: "Zahájení" },
          {
            id: "item-2",
            title: "Rozpočet města na rok 2025",
            reporter: "Ing. Jana Nováková",
            draftResolution: "Zastupitelstvo schvaluje rozpočet města na rok 2025.",
          },
          { id: "item-3", title: "Různé" },
        ],
        ruleSetId: "cz-municipal",
      },
      system,
    );
    return council;
  }

  /** Opened with the chair, Dvořák and Černý present and item 2 under discussion. */
  static async discussing(): Promise<TestCouncil> {
    const council = await TestCouncil.scheduled();
    for (const memberId of ["m1", "m2", "m3"]) {
      await council.run({ type: "record_attendance", memberId, mode: "room" });
    }
    await council.run({ type: "open_session" });
    await council.run({ type: "start_item", itemId: "item-2" });
    return council;
  }

  /** Discussing item 2 with vote 1 open on it. */
  static async voting(): Promise<TestCouncil> {
    const council = await TestCouncil.discussing();
    await council.run({ type: "open_vote" });
    return council;
  }

  get state() {
    const state = this.sessions.get(SESSION_ID);
    if (!state) throw new Error("no session yet");
    return state;
  }

  /** Runs a command as the chair (or another actor); a refusal fails the test. */
  async run(command: Command, actor: Actor = chair): Promise<void> {
    const outcome = await this.sessions.submit(SESSION_ID, command, actor);
    if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.refusal.code}`);
  }

  /** A ballot as member `memberId` casts it in the tab. */
  async ballot(memberId: string, choice: "yes" | "no" | "abstain", voteId = "vote-1") {
    await this.run({ type: "cast_ballot", voteId, choice }, { kind: "member", memberId });
  }
}

/** Log lines a test can search: every line the bot wrote, as parsed JSON. */
export class CapturedLogs {
  readonly lines: Record<string, unknown>[] = [];
  readonly logger = pino(
    { level: "debug" },
    { write: (line: string) => void this.lines.push(JSON.parse(line) as Record<string, unknown>) },
  );

  /** The messages logged, in order. */
  messages(): string[] {
    return this.lines.map((line) => String(line.msg));
  }

  /** Everything logged as one string, for "never mentions X" checks. */
  text(): string {
    return this.lines.map((line) => JSON.stringify(line)).join("\n");
  }
}
