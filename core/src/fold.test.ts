import type { Command } from "./commands";
import type { Actor, LoggedEvent } from "./events";
import { applyAll } from "./execute";
import { applyEvent, foldEvents } from "./fold";
import type { SessionState } from "./state";
import {
  chair,
  clerk,
  createCommand,
  deepFreeze,
  member,
  memberId,
  Script,
  SESSION_ID,
  START,
  system,
  teams,
} from "./test-fixtures";

type Step = [Command, Actor?];

/** A whole Czech session: roll call, agenda approved and amended by votes, debate, votes, close. */
const wholeSession: Step[] = [
  [createCommand(), system],
  [
    {
      type: "record_meeting_start",
      meetingId: "MCMxOTpt",
      title: "Zasedání",
      startTime: "2024-05-14T14:55:00.000Z",
    },
    teams,
  ],
  [{ type: "record_presence_signal", memberId: "m17", signal: "joined", source: "teams" }, teams],
  ...Array.from({ length: 18 }, (_, i): Step => [
    { type: "record_attendance", memberId: memberId(i + 1), mode: i < 15 ? "room" : "remote" },
    clerk,
  ]),
  [{ type: "record_attendance", memberId: "chair", mode: "room" }],
  [{ type: "open_session" }],
  [{ type: "start_item", itemId: "item-1" }],
  [{ type: "open_vote", purpose: { kind: "approve_agenda" } }],
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n): Step => [
    { type: "cast_ballot", voteId: "vote-1", choice: "yes" },
    member(n),
  ]),
  [{ type: "close_vote", voteId: "vote-1" }],
  [{ type: "open_vote", purpose: { kind: "add_item", item: { title: "Dotace" }, position: 2 } }],
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n): Step => [
    { type: "cast_ballot", voteId: "vote-2", choice: "yes" },
    member(n),
  ]),
  [{ type: "cast_ballot", voteId: "vote-2", choice: "no" }, member(13)],
  [{ type: "close_vote", voteId: "vote-2" }],
  [{ type: "end_item", itemId: "item-1" }],
  [{ type: "start_item", itemId: "item-2" }],
  [{ type: "declare_conflict", itemId: "item-2", note: "člen dozorčí rady" }, member(4)],
  [{ type: "request_floor" }, member(1)],
  [{ type: "request_floor" }, member(2)],
  [{ type: "request_floor", kind: "technical" }, member(3)],
  [{ type: "grant_floor" }],
  [{ type: "end_floor" }, member(3)],
  [{ type: "withdraw_floor_request" }, member(2)],
  [{ type: "grant_floor" }],
  [{ type: "record_attendance", memberId: "m17", mode: "absent" }, member(17)],
  [{ type: "open_vote" }],
  ...[1, 2, 3, 4, 5, 6].map((n): Step => [
    { type: "cast_ballot", voteId: "vote-3", choice: "no" },
    member(n),
  ]),
  [{ type: "cast_ballot", voteId: "vote-3", choice: "abstain" }, member(7)],
  [{ type: "close_vote", voteId: "vote-3" }],
  [{ type: "end_item", itemId: "item-2" }],
  [{ type: "start_item", itemId: "added-1" }],
  [{ type: "record_attendance", memberId: "m18", mode: "absent" }],
  [{ type: "record_attendance", memberId: "m16", mode: "absent" }],
  [{ type: "record_attendance", memberId: "m15", mode: "absent" }],
  [{ type: "record_attendance", memberId: "m14", mode: "absent" }],
  [{ type: "record_attendance", memberId: "m13", mode: "absent" }],
  [{ type: "record_attendance", memberId: "m12", mode: "absent" }],
  [{ type: "record_attendance", memberId: "m11", mode: "absent" }],
  [{ type: "record_presence_signal", memberId: "m17", signal: "left", source: "teams" }, teams],
  [{ type: "close_session" }],
];

/** Runs the script and keeps the state after every step, with the log length at that point. */
function runWholeSession(): { script: Script; states: Array<[SessionState, number]> } {
  const script = new Script();
  const states: Array<[SessionState, number]> = [];
  for (const [cmd, actor] of wholeSession) {
    script.run(cmd, actor ?? chair);
    states.push([script.s, script.log.length]);
  }
  return { script, states };
}

describe("foldEvents", () => {
  it("rebuilds the state execute built step by step, after every step of a whole session", () => {
    const { script, states } = runWholeSession();

    const folded = states.map(([, length]) => foldEvents(SESSION_ID, script.log.slice(0, length)));

    expect(folded).toEqual(states.map(([state]) => state));
  });

  it("ends the scripted session as the minutes would describe it", () => {
    const { script } = runWholeSession();

    const state = foldEvents(SESSION_ID, script.log);

    expect(state).toMatchObject({
      status: "closed",
      closeReason: "quorum_lost",
      agendaApproved: true,
    });
    expect(state.agenda.map((i) => [i.id, i.status])).toEqual([
      ["item-1", "done"],
      ["item-2", "done"],
      ["added-1", "done"],
      ["item-3", "pending"],
    ]);
    expect(state.votes.map((v) => v.result?.outcome)).toEqual(["adopted", "adopted", "rejected"]);
    expect(state.speeches.map((s) => [s.memberId, s.kind])).toEqual([
      ["m03", "technical"],
      ["m01", "speech"],
    ]);
    expect(state.seq).toBe(script.log.length);
    expect(state.meeting).toEqual({
      id: "MCMxOTpt",
      title: "Zasedání",
      startedAt: "2024-05-14T14:55:00.000Z",
    });
    expect(state.presenceSignals).toEqual({
      m17: { signal: "left", source: "teams", at: expect.any(String) },
    });
  });

  it("refuses a log that does not start with session_created", () => {
    const { script } = runWholeSession();

    const fold = () => foldEvents(SESSION_ID, script.log.slice(1));

    expect(fold).toThrow(/must start with session_created/);
  });

  it("refuses an empty log", () => {
    const log: LoggedEvent[] = [];

    const fold = () => foldEvents(SESSION_ID, log);

    expect(fold).toThrow(/must start with session_created/);
  });
});

describe("applyEvent", () => {
  it("never changes the state it is given, for every event of a whole session", () => {
    const { script } = runWholeSession();
    const [first, ...rest] = script.log;
    let state = applyAll(SESSION_ID, undefined, [first!]);

    for (const event of rest) {
      const before: unknown = JSON.parse(JSON.stringify(state));
      const frozen = deepFreeze(state);

      state = applyEvent(frozen, deepFreeze(event));

      expect(frozen).toEqual(before);
    }
    expect(state).toEqual(script.s);
  });

  it("stamps the sequence number, actor and time of the event on the state", () => {
    const script = Script.created();
    const event: LoggedEvent = {
      type: "attendance_recorded",
      payload: { memberId: "m01", mode: "room" },
      seq: 2,
      actor: clerk,
      time: START,
    };

    const state = applyEvent(script.s, event);

    expect(state).toMatchObject({ seq: 2, lastActor: clerk, lastTime: START });
    expect(state.attendance["m01"]).toEqual({ mode: "room", since: START });
  });
});

describe("applyAll", () => {
  it("refuses events of a session that was never created", () => {
    const event: LoggedEvent = {
      type: "session_opened",
      payload: { present: 12, quorum: 12 },
      seq: 1,
      actor: chair,
      time: START,
    };

    const apply = () => applyAll(SESSION_ID, undefined, [event]);

    expect(apply).toThrow(/session_opened before session_created/);
  });

  it("refuses to create a state from no events", () => {
    const apply = () => applyAll(SESSION_ID, undefined, []);

    expect(apply).toThrow(/no events to apply/);
  });
});
