import { decide } from "./decide";
import {
  chair,
  clerk,
  createCommand,
  member,
  memberId,
  roster,
  Script,
  seatIds,
  START,
  stranger,
  system,
  types,
} from "./test-fixtures";
import { czMunicipal } from "./rules";

describe("create_session", () => {
  it("creates a session under the Czech rules in Prague time by default", () => {
    const script = new Script();

    const events = script.run(createCommand(), system);

    expect(events).toEqual([
      {
        type: "session_created",
        payload: {
          title: "14. zasedání zastupitelstva",
          council: "Zastupitelstvo města Vzorov",
          members: roster(),
          agenda: expect.any(Array),
          timeZone: "Europe/Prague",
          rules: czMunicipal,
        },
      },
    ]);
    expect(script.s.status).toBe("scheduled");
  });

  it("keeps the rule set and time zone it is given", () => {
    const script = new Script();

    script.run(createCommand({ ruleSetId: "votes-cast", timeZone: "Europe/London" }), system);

    expect(script.s.rules.id).toBe("votes-cast");
    expect(script.s.timeZone).toBe("Europe/London");
  });

  it("lets a clerk on the roster create the session", () => {
    const script = new Script();

    const events = script.run(createCommand(), clerk);

    expect(types(events)).toEqual(["session_created"]);
  });

  it("refuses a second session with the same id", () => {
    const script = Script.created();

    const code = script.refusal(createCommand(), system);

    expect(code).toBe("session_exists");
  });

  it("refuses a roster with a member id twice", () => {
    const [first, ...rest] = roster();
    const members = [first!, first!, ...rest];

    const code = new Script().refusal(createCommand({ members }), system);

    expect(code).toBe("invalid_command");
  });

  it("refuses an agenda with an item id twice", () => {
    const item = { id: "item-1", title: "Zahájení" };

    const code = new Script().refusal(createCommand({ agenda: [item, item] }), system);

    expect(code).toBe("invalid_command");
  });

  it("refuses an unknown rule set", () => {
    const cmd = createCommand({ ruleSetId: "roberts-rules" });

    const code = new Script().refusal(cmd, system);

    expect(code).toBe("invalid_command");
  });

  it("refuses a roster where nobody holds a seat", () => {
    const members = roster().filter((m) => m.role === "clerk");

    const code = new Script().refusal(createCommand({ members }), system);

    expect(code).toBe("invalid_command");
  });

  it("refuses a plain member creating a session", () => {
    const cmd = createCommand();

    const code = new Script().refusal(cmd, member(1));

    expect(code).toBe("not_chair");
  });

  it("refuses someone who is not on the roster", () => {
    const cmd = createCommand();

    const code = new Script().refusal(cmd, stranger);

    expect(code).toBe("not_on_roster");
  });

  it("answers any other command for an unknown session with session_not_found", () => {
    const ctx = { actor: chair, now: START };

    const decision = decide(undefined, { type: "open_session" }, ctx);

    expect(decision).toMatchObject({ ok: false, refusal: { code: "session_not_found" } });
  });
});

describe("open_session", () => {
  it("opens with 12 of 23 members present and records the quorum", () => {
    const script = Script.created();
    script.attendAll(seatIds().slice(0, 12));

    const events = script.run({ type: "open_session" });

    expect(events).toEqual([{ type: "session_opened", payload: { present: 12, quorum: 12 } }]);
    expect(script.s.status).toBe("open");
  });

  it("counts remote members as present", () => {
    const script = Script.created();
    script.attendAll(seatIds().slice(0, 6));
    script.attendAll(seatIds().slice(6, 12), "remote");

    const events = script.run({ type: "open_session" });

    expect(types(events)).toEqual(["session_opened"]);
  });

  it("refuses to open with 11 of 23 present", () => {
    const script = Script.created();
    script.attendAll(seatIds().slice(0, 11));

    const code = script.refusal({ type: "open_session" });

    expect(code).toBe("no_quorum");
  });

  it("refuses to open a session that is open already", () => {
    const script = Script.opened();

    const code = script.refusal({ type: "open_session" });

    expect(code).toBe("session_already_open");
  });

  it("refuses to open a closed session", () => {
    const script = Script.opened();
    script.run({ type: "close_session" });

    const code = script.refusal({ type: "open_session" });

    expect(code).toBe("session_closed");
  });

  it("refuses a member or the clerk opening the session", () => {
    const script = Script.created();
    script.attendAll(seatIds());

    const codes = [member(3), clerk].map((a) => script.refusal({ type: "open_session" }, a));

    expect(codes).toEqual(["not_chair", "not_chair"]);
  });

  it("refuses someone not on the roster", () => {
    const script = Script.created();

    const code = script.refusal({ type: "open_session" }, stranger);

    expect(code).toBe("not_on_roster");
  });
});

describe("record_attendance", () => {
  it("lets the chair record any member", () => {
    const script = Script.created();

    const events = script.run({ type: "record_attendance", memberId: "m05", mode: "room" });

    expect(events).toEqual([
      { type: "attendance_recorded", payload: { memberId: "m05", mode: "room" } },
    ]);
    expect(script.s.attendance["m05"]?.mode).toBe("room");
  });

  it("lets the clerk record any member", () => {
    const script = Script.created();

    const events = script.run({ type: "record_attendance", memberId: "m05", mode: "room" }, clerk);

    expect(types(events)).toEqual(["attendance_recorded"]);
  });

  it("lets a member report themself present remotely", () => {
    const script = Script.created();

    script.run({ type: "record_attendance", memberId: "m07", mode: "remote" }, member(7));

    expect(script.s.attendance["m07"]?.mode).toBe("remote");
  });

  it("refuses a member recording someone else", () => {
    const script = Script.created();

    const code = script.refusal(
      { type: "record_attendance", memberId: "m08", mode: "room" },
      member(7),
    );

    expect(code).toBe("not_chair");
  });

  it("refuses the clerk as the member recorded: the clerk holds no seat", () => {
    const script = Script.created();

    const code = script.refusal({ type: "record_attendance", memberId: "clerk", mode: "room" });

    expect(code).toBe("not_a_member");
  });

  it("refuses a member who is not on the roster", () => {
    const script = Script.created();

    const code = script.refusal({ type: "record_attendance", memberId: "m99", mode: "room" });

    expect(code).toBe("not_on_roster");
  });

  it("refuses a recorder who is not on the roster", () => {
    const script = Script.created();

    const code = script.refusal(
      { type: "record_attendance", memberId: "m01", mode: "room" },
      stranger,
    );

    expect(code).toBe("not_on_roster");
  });

  it("refuses attendance after the session closed", () => {
    const script = Script.opened();
    script.run({ type: "close_session" });

    const code = script.refusal({ type: "record_attendance", memberId: "m01", mode: "absent" });

    expect(code).toBe("session_closed");
  });

  it("reports quorum lost when presence drops below 12 of 23 while open", () => {
    const script = Script.opened("cz-municipal", 12);

    const events = script.attend(memberId(11), "absent");

    expect(events).toEqual([
      { type: "attendance_recorded", payload: { memberId: "m11", mode: "absent" } },
      { type: "quorum_lost", payload: { present: 11, quorum: 12 } },
    ]);
    expect(script.s.quorumLostAt).toBeDefined();
  });

  it("reports no quorum change before the session opens", () => {
    const script = Script.created();
    script.attendAll(seatIds().slice(0, 12));

    const events = script.attend("m11", "absent");

    expect(types(events)).toEqual(["attendance_recorded"]);
  });

  it("reports no quorum change while presence stays at 12 or more", () => {
    const script = Script.opened("cz-municipal", 13);

    const events = script.attend("m12", "absent");

    expect(types(events)).toEqual(["attendance_recorded"]);
  });

  it("reports quorum lost only once under the Czech rules and never restored", () => {
    const script = Script.opened("cz-municipal", 12);
    script.attend("m11", "absent");

    const back = script.attend("m11", "room");
    script.attend("m11", "absent");
    const again = script.attend("m10", "absent");

    expect(types(back)).toEqual(["attendance_recorded"]);
    expect(types(again)).toEqual(["attendance_recorded"]);
  });

  it("reports quorum restored when members return under the votes-cast rules", () => {
    const script = Script.opened("votes-cast", 12);
    script.attend("m11", "absent");

    const events = script.attend("m11", "remote");

    expect(events).toEqual([
      { type: "attendance_recorded", payload: { memberId: "m11", mode: "remote" } },
      { type: "quorum_restored", payload: { present: 12, quorum: 12 } },
    ]);
    expect(script.s.quorumLostAt).toBeUndefined();
  });

  it("reports quorum lost again after it was restored under the votes-cast rules", () => {
    const script = Script.opened("votes-cast", 12);
    script.attend("m11", "absent");
    script.attend("m11", "room");

    const events = script.attend("m10", "absent");

    expect(types(events)).toEqual(["attendance_recorded", "quorum_lost"]);
  });
});

describe("after quorum is lost under the Czech rules", () => {
  function lostAndReturned(): Script {
    const script = Script.discussing("cz-municipal", 12);
    script.attend("m11", "absent");
    script.attend("m11", "room");
    script.attend("m20", "room");
    return script;
  }

  it("refuses business with no_quorum even when members return", () => {
    const script = lostAndReturned();

    const codes = [
      script.refusal({ type: "open_vote" }),
      script.refusal({ type: "grant_floor", memberId: "m01" }),
      script.refusal({ type: "add_item", item: { title: "Nový bod" } }),
    ];

    expect(codes).toEqual(["no_quorum", "no_quorum", "no_quorum"]);
  });

  it("refuses to start another item after the current one ends", () => {
    const script = lostAndReturned();
    script.run({ type: "end_item", itemId: "item-2" });

    const code = script.refusal({ type: "start_item", itemId: "item-3" });

    expect(code).toBe("no_quorum");
  });

  it("still lets the chair close the session, with quorum_lost as the reason", () => {
    const script = lostAndReturned();

    const events = script.run({ type: "close_session" });

    expect(events).toEqual([
      { type: "item_ended", payload: { itemId: "item-2" } },
      { type: "session_closed", payload: { reason: "quorum_lost" } },
    ]);
    expect(script.s.closeReason).toBe("quorum_lost");
  });
});

describe("after quorum is lost under the votes-cast rules", () => {
  it("refuses a vote while suspended but allows debate", () => {
    const script = Script.discussing("votes-cast", 12);
    script.attend("m11", "absent");

    const codes = [
      script.refusal({ type: "open_vote" }),
      script.refusal({ type: "request_floor" }, member(1)),
    ];

    expect(codes).toEqual(["no_quorum", undefined]);
  });

  it("allows a vote again once quorum is restored", () => {
    const script = Script.discussing("votes-cast", 12);
    script.attend("m11", "absent");
    script.attend("m11", "room");

    const code = script.refusal({ type: "open_vote" });

    expect(code).toBeUndefined();
  });
});

describe("close_session", () => {
  it("ends the speech in progress and the current item, then closes as adjourned", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(1));
    script.run({ type: "grant_floor" });

    const events = script.run({ type: "close_session" });

    expect(events).toEqual([
      { type: "floor_ended", payload: { memberId: "m01", itemId: "item-2" } },
      { type: "item_ended", payload: { itemId: "item-2" } },
      { type: "session_closed", payload: { reason: "adjourned" } },
    ]);
    expect(script.s.status).toBe("closed");
    expect(script.s.floor).toBeUndefined();
    expect(script.s.currentItemId).toBeUndefined();
  });

  it("refuses to close while a vote is open", () => {
    const script = Script.discussing();
    script.openVote();

    const code = script.refusal({ type: "close_session" });

    expect(code).toBe("vote_open");
  });

  it("refuses to close a closed session", () => {
    const script = Script.opened();
    script.run({ type: "close_session" });

    const code = script.refusal({ type: "close_session" });

    expect(code).toBe("session_closed");
  });

  it("refuses a member closing the session", () => {
    const script = Script.opened();

    const code = script.refusal({ type: "close_session" }, member(1));

    expect(code).toBe("not_chair");
  });

  it("keeps a reason the chair gives", () => {
    const script = Script.opened();

    const events = script.run({ type: "close_session", reason: "quorum_lost" });

    expect(events).toEqual([{ type: "session_closed", payload: { reason: "quorum_lost" } }]);
  });
});
