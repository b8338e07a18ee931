import { czMunicipal } from "./rules";
import { clerk, member, Script, stranger, system, types } from "./test-fixtures";

/** Gives member n the floor for a speech on the current item and ends it. */
function speak(script: Script, n: number): void {
  script.run({ type: "request_floor" }, member(n));
  script.run({ type: "grant_floor" });
  script.run({ type: "end_floor" });
}

describe("request_floor", () => {
  it("puts a member in the queue for a speech on the current item", () => {
    const script = Script.discussing();

    const events = script.run({ type: "request_floor" }, member(4));

    expect(events).toEqual([
      { type: "floor_requested", payload: { memberId: "m04", itemId: "item-2", kind: "speech" } },
    ]);
    expect(script.s.queue).toEqual([
      { memberId: "m04", itemId: "item-2", kind: "speech", requestedAt: expect.any(String) },
    ]);
  });

  it("rejects a second request from the same member", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(4));

    const code = script.refusal({ type: "request_floor", kind: "technical" }, member(4));

    expect(code).toBe("already_requested");
  });

  it("rejects a request from the member who has the floor", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(4));
    script.run({ type: "grant_floor" });

    const code = script.refusal({ type: "request_floor" }, member(4));

    expect(code).toBe("already_requested");
  });

  it("refuses a request from a member who is not present", () => {
    const script = Script.discussing("cz-municipal", 20);

    const code = script.refusal({ type: "request_floor" }, member(22));

    expect(code).toBe("not_present");
  });

  it("refuses to give the floor to a member who is not present", () => {
    const script = Script.discussing("cz-municipal", 20);

    const code = script.refusal({ type: "grant_floor", memberId: "m22" });

    expect(code).toBe("not_present");
  });

  it("refuses a request when no item is under discussion", () => {
    const script = Script.opened();

    const code = script.refusal({ type: "request_floor" }, member(4));

    expect(code).toBe("item_not_current");
  });

  it("refuses a request before the session opens", () => {
    const script = Script.created();

    const code = script.refusal({ type: "request_floor" }, member(4));

    expect(code).toBe("session_not_open");
  });

  it("refuses the clerk, someone not on the roster and the service", () => {
    const script = Script.discussing();

    const codes = [clerk, stranger, system].map((a) =>
      script.refusal({ type: "request_floor" }, a),
    );

    expect(codes).toEqual(["not_a_member", "not_on_roster", "not_on_roster"]);
  });

  it("refuses a third speech on the same item: two contributions per item", () => {
    const script = Script.discussing();
    speak(script, 4);
    speak(script, 4);

    const code = script.refusal({ type: "request_floor" }, member(4));

    expect(code).toBe("contribution_limit");
  });

  it("still takes a technical remark after the contributions are used", () => {
    const script = Script.discussing();
    speak(script, 4);
    speak(script, 4);

    const code = script.refusal({ type: "request_floor", kind: "technical" }, member(4));

    expect(code).toBeUndefined();
  });

  it("counts contributions per item", () => {
    const script = Script.discussing();
    speak(script, 4);
    speak(script, 4);
    script.run({ type: "end_item", itemId: "item-2" });
    script.run({ type: "start_item", itemId: "item-3" });

    const code = script.refusal({ type: "request_floor" }, member(4));

    expect(code).toBeUndefined();
  });
});

describe("withdraw_floor_request", () => {
  it("lets a member withdraw their own request", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(4));

    const events = script.run({ type: "withdraw_floor_request" }, member(4));

    expect(events).toEqual([
      { type: "floor_request_withdrawn", payload: { memberId: "m04", itemId: "item-2" } },
    ]);
    expect(script.s.queue).toEqual([]);
  });

  it("lets the chair withdraw anyone's request", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(4));

    const events = script.run({ type: "withdraw_floor_request", memberId: "m04" });

    expect(types(events)).toEqual(["floor_request_withdrawn"]);
  });

  it("refuses a member withdrawing someone else's request", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(4));

    const code = script.refusal({ type: "withdraw_floor_request", memberId: "m04" }, member(5));

    expect(code).toBe("not_chair");
  });

  it("refuses to withdraw a request that is not in the queue", () => {
    const script = Script.discussing();

    const code = script.refusal({ type: "withdraw_floor_request" }, member(4));

    expect(code).toBe("no_request");
  });
});

describe("grant_floor", () => {
  it("gives the floor to the first in the queue and takes them out of it", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(4));
    script.run({ type: "request_floor" }, member(5));

    const events = script.run({ type: "grant_floor" });

    expect(events).toEqual([
      { type: "floor_granted", payload: { memberId: "m04", kind: "speech", itemId: "item-2" } },
    ]);
    expect(script.s.floor).toMatchObject({ memberId: "m04", kind: "speech" });
    expect(script.s.queue.map((r) => r.memberId)).toEqual(["m05"]);
  });

  it("lets a technical remark jump the queue, then a factual remark, then speeches in turn", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(1));
    script.run({ type: "request_floor", kind: "factual" }, member(2));
    script.run({ type: "request_floor" }, member(3));
    script.run({ type: "request_floor", kind: "technical" }, member(4));

    for (let i = 0; i < 4; i++) {
      script.run({ type: "grant_floor" });
      script.run({ type: "end_floor" });
    }

    expect(script.s.speeches.map((s) => [s.memberId, s.kind])).toEqual([
      ["m04", "technical"],
      ["m02", "factual"],
      ["m01", "speech"],
      ["m03", "speech"],
    ]);
  });

  it("lets the chair give the floor to anyone, as a speech when they did not ask", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(1));

    const events = script.run({ type: "grant_floor", memberId: "m09" });

    expect(events).toEqual([
      { type: "floor_granted", payload: { memberId: "m09", kind: "speech", itemId: "item-2" } },
    ]);
    expect(script.s.queue.map((r) => r.memberId)).toEqual(["m01"]);
  });

  it("keeps the kind of request when the chair picks a member from the queue", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(1));
    script.run({ type: "request_floor", kind: "factual" }, member(2));

    const events = script.run({ type: "grant_floor", memberId: "m01" });

    expect(events[0]).toMatchObject({ payload: { memberId: "m01", kind: "speech" } });
    expect(script.s.queue.map((r) => r.memberId)).toEqual(["m02"]);
  });

  it("refuses to grant from an empty queue", () => {
    const script = Script.discussing();

    const code = script.refusal({ type: "grant_floor" });

    expect(code).toBe("queue_empty");
  });

  it("refuses while someone has the floor", () => {
    const script = Script.discussing();
    script.run({ type: "grant_floor", memberId: "m01" });

    const code = script.refusal({ type: "grant_floor", memberId: "m02" });

    expect(code).toBe("floor_taken");
  });

  it("refuses a person who is not on the roster", () => {
    const script = Script.discussing();

    const code = script.refusal({ type: "grant_floor", memberId: "m99" });

    expect(code).toBe("not_on_roster");
  });

  it("refuses a member granting the floor", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(1));

    const code = script.refusal({ type: "grant_floor" }, member(2));

    expect(code).toBe("not_chair");
  });

  it("refuses when no item is under discussion", () => {
    const script = Script.opened();

    const code = script.refusal({ type: "grant_floor", memberId: "m01" });

    expect(code).toBe("item_not_current");
  });
});

describe("end_floor", () => {
  it("lets the chair end a speech and keeps it on record", () => {
    const script = Script.discussing();
    script.run({ type: "grant_floor", memberId: "m01" });

    const events = script.run({ type: "end_floor" });

    expect(events).toEqual([
      { type: "floor_ended", payload: { memberId: "m01", itemId: "item-2" } },
    ]);
    expect(script.s.floor).toBeUndefined();
    expect(script.s.speeches).toEqual([
      {
        memberId: "m01",
        itemId: "item-2",
        kind: "speech",
        startedAt: expect.any(String),
        endedAt: expect.any(String),
      },
    ]);
  });

  it("lets the speaker end their own speech", () => {
    const script = Script.discussing();
    script.run({ type: "grant_floor", memberId: "m01" });

    const events = script.run({ type: "end_floor" }, member(1));

    expect(types(events)).toEqual(["floor_ended"]);
  });

  it("refuses another member ending the speech", () => {
    const script = Script.discussing();
    script.run({ type: "grant_floor", memberId: "m01" });

    const code = script.refusal({ type: "end_floor" }, member(2));

    expect(code).toBe("not_chair");
  });

  it("refuses when nobody has the floor", () => {
    const script = Script.discussing();

    const code = script.refusal({ type: "end_floor" });

    expect(code).toBe("floor_free");
  });
});

describe("declare_conflict", () => {
  it("records a member's conflict of interest on an item", () => {
    const script = Script.discussing();

    const events = script.run(
      { type: "declare_conflict", itemId: "item-2", note: "jednatel dotčené firmy" },
      member(6),
    );

    expect(events).toEqual([
      {
        type: "conflict_declared",
        payload: { memberId: "m06", itemId: "item-2", note: "jednatel dotčené firmy" },
      },
    ]);
    expect(script.s.conflicts).toEqual([
      {
        memberId: "m06",
        itemId: "item-2",
        note: "jednatel dotčené firmy",
        declaredAt: expect.any(String),
      },
    ]);
  });

  it("takes a declaration before the session opens, ahead of the item", () => {
    const script = Script.created();

    const code = script.refusal({ type: "declare_conflict", itemId: "item-3" }, member(6));

    expect(code).toBeUndefined();
  });

  it("refuses a second declaration on the same item", () => {
    const script = Script.discussing();
    script.run({ type: "declare_conflict", itemId: "item-2" }, member(6));

    const code = script.refusal({ type: "declare_conflict", itemId: "item-2" }, member(6));

    expect(code).toBe("conflict_already_declared");
  });

  it("refuses an item dealt with already and an unknown item", () => {
    const script = Script.discussing();
    script.run({ type: "end_item", itemId: "item-2" });

    const codes = [
      script.refusal({ type: "declare_conflict", itemId: "item-2" }, member(6)),
      script.refusal({ type: "declare_conflict", itemId: "item-9" }, member(6)),
    ];

    expect(codes).toEqual(["item_already_done", "item_not_found"]);
  });

  it("refuses the clerk and a closed session", () => {
    const script = Script.discussing();
    const clerkCode = script.refusal({ type: "declare_conflict", itemId: "item-2" }, clerk);
    script.run({ type: "close_session" });

    const closedCode = script.refusal({ type: "declare_conflict", itemId: "item-3" }, member(6));

    expect([clerkCode, closedCode]).toEqual(["not_a_member", "session_closed"]);
  });

  it("does not bar the member from voting under the Czech rules", () => {
    const script = Script.discussing();
    script.run({ type: "declare_conflict", itemId: "item-2" }, member(6));
    const voteId = script.openVote();

    const code = script.refusal({ type: "cast_ballot", voteId, choice: "yes" }, member(6));

    expect(code).toBeUndefined();
  });

  it("bars the member from voting under a rule set that says so", () => {
    const rules = { ...czMunicipal, id: "befangen", conflictBarsVote: true };
    const script = Script.discussing(rules);
    script.run({ type: "declare_conflict", itemId: "item-2" }, member(6));
    const voteId = script.openVote();

    const codes = [6, 7].map((n) =>
      script.refusal({ type: "cast_ballot", voteId, choice: "yes" }, member(n)),
    );

    expect(codes).toEqual(["conflict_bars_vote", undefined]);
  });
});
