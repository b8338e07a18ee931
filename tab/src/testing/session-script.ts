import type { Actor, Command, LoggedEvent, Member, SessionState } from "@council/core";
import { execute } from "@council/core";

/** A small council for tests: a chair, four members and a clerk. */
export const roster: Member[] = [
  { id: "chair", name: "Jana Nováková", group: "A", role: "chair" },
  { id: "m1", name: "Petr Svoboda", group: "A", role: "member" },
  { id: "m2", name: "Eva Dvořáková", group: "B", role: "member" },
  { id: "m3", name: "Karel Černý", group: "B", role: "member" },
  { id: "m4", name: "Lucie Veselá", group: "C", role: "member" },
  { id: "clerk", name: "Tomáš Král", group: "-", role: "clerk" },
];

export const sessionId = "s-1";

/**
 * Drives a real session through the core, as the server would, and keeps every logged event:
 * tests feed those events to the client exactly as the live feed sends them.
 */
export class SessionScript {
  state: SessionState | undefined;
  readonly events: LoggedEvent[] = [];
  private minute = 0;

  /** Runs a command as a member; throws on a refusal, which a test script never expects. */
  run(command: Command, actorId = "chair"): LoggedEvent[] {
    return this.runAs(command, { kind: "member", memberId: actorId });
  }

  /** Runs a command as the service itself (Teams meeting events, imports). */
  runAsService(command: Command): LoggedEvent[] {
    return this.runAs(command, { kind: "system", name: "teams" });
  }

  private runAs(command: Command, actor: Actor): LoggedEvent[] {
    const now = new Date(Date.UTC(2025, 2, 10, 17, this.minute++)).toISOString();
    const result = execute(sessionId, this.state, command, { actor, now });
    if (!result.ok) throw new Error(`${command.type}: ${result.refusal.code}`);
    this.state = result.state;
    this.events.push(...result.events);
    return result.events;
  }

  get s(): SessionState {
    if (!this.state) throw new Error("no session yet");
    return this.state;
  }

  /** A session created, attended by the chair and three members, open, with item-1 started. */
  static discussing(): SessionScript {
    const script = new SessionScript();
    script.run({
      type: "create_session",
      title: "5. zasedání",
      council: "Zastupitelstvo obce Lhota",
      members: roster,
      agenda: [
        { id: "item-1", title: "Rozpočet 2025", draftResolution: "Schvaluje rozpočet." },
        { id: "item-2", title: "Různé" },
      ],
    });
    for (const id of ["chair", "m1", "m2"]) {
      script.run({ type: "record_attendance", memberId: id, mode: "room" });
    }
    script.run({ type: "record_attendance", memberId: "m3", mode: "remote" });
    script.run({ type: "open_session" });
    script.run({ type: "start_item", itemId: "item-1" });
    return script;
  }
}
