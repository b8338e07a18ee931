import type { Command } from "./commands";
import type { Actor, ItemDraft, LoggedEvent, SessionEvent } from "./events";
import type { Execution } from "./execute";
import { execute, applyAll } from "./execute";
import type { RefusalCode } from "./refusal";
import type { Member } from "./roster";
import type { RuleSet } from "./rules";
import type { SessionState } from "./state";

/*
 * Shared arrangements for the core's unit tests: a council of 23 seats (the chair and 22
 * members) plus a clerk, a three-item agenda, and a script that runs commands with a clock
 * advancing one minute per step. Not exported from index.ts.
 */

export const SESSION_ID = "zastupitelstvo-2024-05";
export const START = "2024-05-14T15:00:00.000Z";

export const chair: Actor = { kind: "member", memberId: "chair" };
export const clerk: Actor = { kind: "member", memberId: "clerk" };
export const system: Actor = { kind: "system", name: "import" };
/** The service reporting what Teams told it: meeting start and end, participants joining. */
export const teams: Actor = { kind: "system", name: "teams" };
export const stranger: Actor = { kind: "member", memberId: "nobody" };

/** The id of the n-th plain member, from 1: "m01", "m02" ... */
export function memberId(n: number): string {
  return `m${String(n).padStart(2, "0")}`;
}

export function member(n: number): Actor {
  return { kind: "member", memberId: memberId(n) };
}

/** A roster of `seats` seat holders (the chair first) and one clerk. */
export function roster(seats = 23): Member[] {
  const chairMember: Member = { id: "chair", name: "Jana Nováková", group: "A", role: "chair" };
  const plain = Array.from({ length: seats - 1 }, (_, i) => ({
    id: memberId(i + 1),
    name: `Člen ${i + 1}`,
    group: i % 2 === 0 ? "A" : "B",
    role: "member" as const,
  }));
  const clerkMember: Member = { id: "clerk", name: "Petr Zapisovatel", group: "", role: "clerk" };
  return [chairMember, ...plain, clerkMember];
}

/** Every seat holder's id, the chair first. */
export function seatIds(seats = 23): string[] {
  return ["chair", ...Array.from({ length: seats - 1 }, (_, i) => memberId(i + 1))];
}

export const agenda: ItemDraft[] = [
  { id: "item-1", title: "Zahájení a schválení programu" },
  {
    id: "item-2",
    title: "Rozpočet města na rok 2024",
    reporter: "Jana Nováková",
    draftResolution: "Zastupitelstvo schvaluje rozpočet na rok 2024.",
  },
  { id: "item-3", title: "Různé" },
];

/** A create_session command for the council of 23, with any field replaced. */
export function createCommand(
  overrides: Partial<Extract<Command, { type: "create_session" }>> = {},
) {
  return {
    type: "create_session",
    title: "14. zasedání zastupitelstva",
    council: "Zastupitelstvo města Vzorov",
    members: roster(),
    agenda,
    ...overrides,
  } satisfies Command;
}

/** The minute `n` after the start of the session, as the core receives time. */
export function minute(n: number): string {
  return new Date(Date.parse(START) + n * 60_000).toISOString();
}

/**
 * Runs commands against one session as a test would narrate it. `run` fails the test on a
 * refusal; `refusal` asks without changing anything.
 */
export class Script {
  state: SessionState | undefined;
  readonly log: LoggedEvent[] = [];
  private clock = 0;

  /** A session created from the roster, under a named rule set or a custom one. */
  static created(rules: string | RuleSet = "cz-municipal", seats = 23): Script {
    const script = new Script();
    if (typeof rules === "string") {
      script.run(createCommand({ ruleSetId: rules, members: roster(seats) }), system);
      return script;
    }
    script.append([createdEvent(rules, seats)]);
    return script;
  }

  /** A created session with `present` seat holders in the room (the chair first) and opened. */
  static opened(rules: string | RuleSet = "cz-municipal", present = 23, seats = 23): Script {
    const script = Script.created(rules, seats);
    script.attendAll(seatIds(seats).slice(0, present));
    script.run({ type: "open_session" });
    return script;
  }

  /** An opened session discussing item-2, the one with a draft resolution. */
  static discussing(rules: string | RuleSet = "cz-municipal", present = 23): Script {
    const script = Script.opened(rules, present);
    script.run({ type: "start_item", itemId: "item-2" });
    return script;
  }

  get s(): SessionState {
    if (!this.state) throw new Error("no session yet");
    return this.state;
  }

  /** Runs a command and returns the events it produced; a refusal fails the test. */
  run(cmd: Command, actor: Actor = chair): SessionEvent[] {
    const result = this.attempt(cmd, actor);
    if (!result.ok) {
      throw new Error(`${cmd.type} refused: ${result.refusal.code} (${result.refusal.message})`);
    }
    return result.events.map(withoutLogFields);
  }

  /** Runs a command that may be refused, as a property test does: applied only when accepted. */
  attempt(cmd: Command, actor: Actor = chair): Execution {
    const result = execute(SESSION_ID, this.state, cmd, { actor, now: minute(++this.clock) });
    if (result.ok) {
      this.state = result.state;
      this.log.push(...result.events);
    }
    return result;
  }

  /** The refusal code a command would get now, or undefined if it would be accepted. */
  refusal(cmd: Command, actor: Actor = chair): RefusalCode | undefined {
    const result = execute(SESSION_ID, this.state, cmd, { actor, now: minute(this.clock + 1) });
    return result.ok ? undefined : result.refusal.code;
  }

  attend(id: string, mode: "room" | "remote" | "absent" = "room"): SessionEvent[] {
    return this.run({ type: "record_attendance", memberId: id, mode });
  }

  attendAll(ids: readonly string[], mode: "room" | "remote" | "absent" = "room"): void {
    for (const id of ids) this.attend(id, mode);
  }

  /** Opens a vote on the current item and returns its id. */
  openVote(cmd: Omit<Extract<Command, { type: "open_vote" }>, "type"> = {}): string {
    this.run({ type: "open_vote", ...cmd });
    const id = this.s.currentVoteId;
    if (!id) throw new Error("no vote opened");
    return id;
  }

  /** Casts `yes` yes ballots, then `no` no ballots, then `abstain`, from the seat holders in order. */
  castBallots(voteId: string, yes: number, no = 0, abstain = 0): void {
    const choices = [
      ...Array<"yes">(yes).fill("yes"),
      ...Array<"no">(no).fill("no"),
      ...Array<"abstain">(abstain).fill("abstain"),
    ];
    const ids = seatIds(this.s.members.filter((m) => m.role !== "clerk").length);
    choices.forEach((choice, i) => {
      const id = ids[i];
      if (!id) throw new Error("more ballots than seats");
      this.run({ type: "cast_ballot", voteId, choice }, { kind: "member", memberId: id });
    });
  }

  /** Holds a whole vote: open, ballots, close; returns the close events. */
  holdVote(
    yes: number,
    no = 0,
    abstain = 0,
    open: Omit<Extract<Command, { type: "open_vote" }>, "type"> = {},
  ): SessionEvent[] {
    const voteId = this.openVote(open);
    this.castBallots(voteId, yes, no, abstain);
    return this.run({ type: "close_vote", voteId });
  }

  private append(events: LoggedEvent[]): void {
    this.state = applyAll(SESSION_ID, this.state, events);
    this.log.push(...events);
  }
}

/** A session_created event as an import would log it, for rule sets outside the registry. */
export function createdEvent(rules: RuleSet, seats = 23): LoggedEvent {
  const payload = {
    title: "Zasedání s vlastním jednacím řádem",
    council: "Zastupitelstvo města Vzorov",
    timeZone: "Europe/Prague",
    members: roster(seats),
    agenda,
    rules,
  };
  return { type: "session_created", payload, seq: 1, actor: system, time: START };
}

/** The event as the decision produced it, without the fields the log adds. */
export function withoutLogFields(event: LoggedEvent): SessionEvent {
  return { type: event.type, payload: event.payload } as SessionEvent;
}

/** Types of the events, for asserting what a command caused. */
export function types(events: readonly SessionEvent[]): string[] {
  return events.map((e) => e.type);
}

/** Freezes an object and everything reachable from it, so a mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
