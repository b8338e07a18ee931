import { Script, member, types } from "./test-fixtures";

/** A Czech session whose agenda the council approved by vote 1, with item-1 still current. */
function approved(): Script {
  const script = Script.opened();
  script.run({ type: "start_item", itemId: "item-1" });
  script.holdVote(13, 0, 0, { purpose: { kind: "approve_agenda" } });
  return script;
}

function agendaIds(script: Script): string[] {
  return script.s.agenda.map((i) => i.id);
}

describe("approve_agenda", () => {
  it("refuses direct approval under the Czech rules: the council approves it by a vote", () => {
    const script = Script.opened();

    const code = script.refusal({ type: "approve_agenda" });

    expect(code).toBe("vote_required");
  });

  it("approves the agenda when a vote with that purpose is adopted", () => {
    const script = Script.opened();
    script.run({ type: "start_item", itemId: "item-1" });
    const voteId = script.openVote({ purpose: { kind: "approve_agenda" } });
    script.castBallots(voteId, 13);

    const events = script.run({ type: "close_vote", voteId });

    expect(types(events)).toEqual(["vote_closed", "agenda_approved"]);
    expect(events[1]).toEqual({
      type: "agenda_approved",
      payload: { itemIds: ["item-1", "item-2", "item-3"], voteId: "vote-1" },
    });
    expect(script.s.agendaApproved).toBe(true);
  });

  it("leaves the agenda unapproved when that vote is rejected", () => {
    const script = Script.opened();
    script.run({ type: "start_item", itemId: "item-1" });

    const events = script.holdVote(11, 12, 0, { purpose: { kind: "approve_agenda" } });

    expect(types(events)).toEqual(["vote_closed"]);
    expect(script.s.agendaApproved).toBe(false);
  });

  it("approves the agenda directly under the votes-cast rules, without withdrawn items", () => {
    const script = Script.opened("votes-cast");
    script.run({ type: "withdraw_item", itemId: "item-3" });

    const events = script.run({ type: "approve_agenda" });

    expect(events).toEqual([
      { type: "agenda_approved", payload: { itemIds: ["item-1", "item-2"] } },
    ]);
  });

  it("refuses to approve an approved agenda, directly or by a vote", () => {
    const direct = Script.opened("votes-cast");
    direct.run({ type: "approve_agenda" });
    const byVote = approved();

    const codes = [
      direct.refusal({ type: "approve_agenda" }),
      byVote.refusal({ type: "open_vote", purpose: { kind: "approve_agenda" } }),
    ];

    expect(codes).toEqual(["agenda_already_approved", "agenda_already_approved"]);
  });

  it("refuses approval before the session opens or from a member", () => {
    const scheduled = Script.created("votes-cast");
    const open = Script.opened("votes-cast");

    const codes = [
      scheduled.refusal({ type: "approve_agenda" }),
      open.refusal({ type: "approve_agenda" }, member(2)),
    ];

    expect(codes).toEqual(["session_not_open", "not_chair"]);
  });
});

describe("add_item", () => {
  it("adds an item directly before the agenda is approved, at the end by default", () => {
    const script = Script.opened();

    const events = script.run({ type: "add_item", item: { title: "Dotace pro spolky" } });

    expect(events).toEqual([
      {
        type: "item_added",
        payload: { item: { title: "Dotace pro spolky", id: "added-1" }, position: 3 },
      },
    ]);
    expect(agendaIds(script)).toEqual(["item-1", "item-2", "item-3", "added-1"]);
    expect(script.s.agenda[3]).toMatchObject({ status: "pending", added: true });
  });

  it("numbers added items in turn and puts them where asked, within the agenda", () => {
    const script = Script.opened();

    script.run({ type: "add_item", item: { title: "První" }, position: 1 });
    script.run({ type: "add_item", item: { title: "Druhý" }, position: 99 });
    script.run({ type: "add_item", item: { title: "Třetí" }, position: -4 });

    expect(agendaIds(script)).toEqual([
      "added-3",
      "item-1",
      "added-1",
      "item-2",
      "item-3",
      "added-2",
    ]);
  });

  it("refuses an item without a title", () => {
    const script = Script.opened();

    const code = script.refusal({ type: "add_item", item: { title: "  " } });

    expect(code).toBe("invalid_command");
  });

  it("refuses a direct addition once the agenda is approved under the Czech rules", () => {
    const script = approved();

    const code = script.refusal({ type: "add_item", item: { title: "Dotace pro spolky" } });

    expect(code).toBe("vote_required");
  });

  it("adds the item as added-1 when the vote to add it is adopted", () => {
    const script = approved();
    const item = { title: "Dotace pro spolky", reporter: "Jana Nováková" };

    const events = script.holdVote(13, 0, 0, { purpose: { kind: "add_item", item, position: 2 } });

    expect(events[1]).toEqual({
      type: "item_added",
      payload: { item: { ...item, id: "added-1" }, position: 2, voteId: "vote-2" },
    });
    expect(agendaIds(script)).toEqual(["item-1", "item-2", "added-1", "item-3"]);
  });

  it("adds nothing when the vote to add an item is rejected", () => {
    const script = approved();
    const purpose = { kind: "add_item" as const, item: { title: "Dotace pro spolky" } };

    const events = script.holdVote(11, 0, 0, { purpose });

    expect(types(events)).toEqual(["vote_closed"]);
    expect(agendaIds(script)).toEqual(["item-1", "item-2", "item-3"]);
    expect(script.s.addedItems).toBe(0);
  });

  it("refuses a vote to add an item without a title", () => {
    const script = approved();
    const purpose = { kind: "add_item" as const, item: { title: "" } };

    const code = script.refusal({ type: "open_vote", purpose });

    expect(code).toBe("invalid_command");
  });

  it("adds directly after approval under the votes-cast rules", () => {
    const script = Script.opened("votes-cast");
    script.run({ type: "approve_agenda" });

    const events = script.run({ type: "add_item", item: { title: "Různé II" } });

    expect(types(events)).toEqual(["item_added"]);
  });
});

describe("withdraw_item", () => {
  it("withdraws an item directly before the agenda is approved", () => {
    const script = Script.opened();

    const events = script.run({ type: "withdraw_item", itemId: "item-3", reason: "předkladatel" });

    expect(events).toEqual([
      { type: "item_withdrawn", payload: { itemId: "item-3", reason: "předkladatel" } },
    ]);
    expect(script.s.agenda[2]?.status).toBe("withdrawn");
  });

  it("refuses an unknown item and an item withdrawn already", () => {
    const script = Script.opened();
    script.run({ type: "withdraw_item", itemId: "item-3" });

    const codes = [
      script.refusal({ type: "withdraw_item", itemId: "item-9" }),
      script.refusal({ type: "withdraw_item", itemId: "item-3" }),
    ];

    expect(codes).toEqual(["item_not_found", "item_not_found"]);
  });

  it("refuses the item under discussion and an item dealt with already", () => {
    const script = Script.opened();
    script.run({ type: "start_item", itemId: "item-1" });
    script.run({ type: "end_item", itemId: "item-1" });
    script.run({ type: "start_item", itemId: "item-2" });

    const codes = [
      script.refusal({ type: "withdraw_item", itemId: "item-2" }),
      script.refusal({ type: "withdraw_item", itemId: "item-1" }),
    ];

    expect(codes).toEqual(["item_in_progress", "item_already_done"]);
  });

  it("refuses a direct withdrawal once the agenda is approved under the Czech rules", () => {
    const script = approved();

    const code = script.refusal({ type: "withdraw_item", itemId: "item-3" });

    expect(code).toBe("vote_required");
  });

  it("withdraws the item when the vote to withdraw it is adopted", () => {
    const script = approved();

    const events = script.holdVote(12, 11, 0, {
      purpose: { kind: "withdraw_item", itemId: "item-3" },
    });

    expect(events[1]).toEqual({
      type: "item_withdrawn",
      payload: { itemId: "item-3", reason: "vote 2" },
    });
    expect(script.s.agenda[2]?.status).toBe("withdrawn");
  });

  it("withdraws nothing when the vote to withdraw is rejected", () => {
    const script = approved();

    const events = script.holdVote(5, 6, 7, {
      purpose: { kind: "withdraw_item", itemId: "item-3" },
    });

    expect(types(events)).toEqual(["vote_closed"]);
    expect(script.s.agenda[2]?.status).toBe("pending");
  });

  it("refuses a vote to withdraw the item under discussion", () => {
    const script = approved();

    const code = script.refusal({
      type: "open_vote",
      purpose: { kind: "withdraw_item", itemId: "item-1" },
    });

    expect(code).toBe("item_in_progress");
  });
});

describe("reorder_agenda", () => {
  it("reorders directly before the agenda is approved", () => {
    const script = Script.opened();

    const events = script.run({ type: "reorder_agenda", itemIds: ["item-3", "item-1", "item-2"] });

    expect(events).toEqual([
      { type: "agenda_reordered", payload: { itemIds: ["item-3", "item-1", "item-2"] } },
    ]);
    expect(agendaIds(script)).toEqual(["item-3", "item-1", "item-2"]);
  });

  it.each([
    { case: "leaves an item out", itemIds: ["item-3", "item-1"] },
    { case: "names an item twice", itemIds: ["item-3", "item-1", "item-1"] },
    { case: "names an unknown item", itemIds: ["item-3", "item-1", "item-9"] },
    { case: "names an extra item", itemIds: ["item-3", "item-1", "item-2", "item-9"] },
  ])("refuses a new order that $case", ({ itemIds }) => {
    const script = Script.opened();

    const code = script.refusal({ type: "reorder_agenda", itemIds });

    expect(code).toBe("reorder_mismatch");
  });

  it("refuses a direct reorder once the agenda is approved under the Czech rules", () => {
    const script = approved();

    const code = script.refusal({
      type: "reorder_agenda",
      itemIds: ["item-1", "item-3", "item-2"],
    });

    expect(code).toBe("vote_required");
  });

  it("reorders when the vote to reorder is adopted, and not when it is rejected", () => {
    const adopted = approved();
    const rejected = approved();
    const purpose = { kind: "reorder_agenda" as const, itemIds: ["item-1", "item-3", "item-2"] };

    const adoptedEvents = adopted.holdVote(13, 0, 0, { purpose });
    const rejectedEvents = rejected.holdVote(0, 13, 0, { purpose });

    expect(adoptedEvents[1]).toEqual({
      type: "agenda_reordered",
      payload: { itemIds: ["item-1", "item-3", "item-2"] },
    });
    expect(agendaIds(adopted)).toEqual(["item-1", "item-3", "item-2"]);
    expect(types(rejectedEvents)).toEqual(["vote_closed"]);
    expect(agendaIds(rejected)).toEqual(["item-1", "item-2", "item-3"]);
  });

  it("refuses a vote on an order that does not match the agenda", () => {
    const script = approved();
    const purpose = { kind: "reorder_agenda" as const, itemIds: ["item-1"] };

    const code = script.refusal({ type: "open_vote", purpose });

    expect(code).toBe("reorder_mismatch");
  });
});

describe("agenda changes while a vote is open", () => {
  it.each([
    { case: "an addition", cmd: { type: "add_item" as const, item: { title: "Nový bod" } } },
    { case: "a withdrawal", cmd: { type: "withdraw_item" as const, itemId: "item-3" } },
    {
      case: "a reorder",
      cmd: { type: "reorder_agenda" as const, itemIds: ["item-1", "item-3", "item-2"] },
    },
  ])("refuses $case: the vote may be about the agenda", ({ cmd }) => {
    const script = Script.opened();
    script.run({ type: "start_item", itemId: "item-1" });
    script.openVote({ purpose: { kind: "add_item", item: { title: "Jiný bod" } } });

    const code = script.refusal(cmd);

    expect(code).toBe("vote_open");
  });

  it("keeps item ids unique: a vote to add an item holds its id until it closes", () => {
    const script = Script.opened();
    script.run({ type: "start_item", itemId: "item-1" });
    const voteId = script.openVote({ purpose: { kind: "add_item", item: { title: "Jiný bod" } } });
    script.castBallots(voteId, 13);

    script.run({ type: "close_vote", voteId });
    script.run({ type: "add_item", item: { title: "Nový bod" } });

    expect(agendaIds(script)).toEqual(["item-1", "item-2", "item-3", "added-1", "added-2"]);
  });

  it("refuses direct approval while a vote is open under the votes-cast rules", () => {
    const script = Script.opened("votes-cast");
    script.run({ type: "start_item", itemId: "item-1" });
    script.openVote({ purpose: { kind: "approve_agenda" } });

    const code = script.refusal({ type: "approve_agenda" });

    expect(code).toBe("vote_open");
  });
});

describe("start_item", () => {
  it("starts an item and makes it current", () => {
    const script = Script.opened();

    const events = script.run({ type: "start_item", itemId: "item-2" });

    expect(events).toEqual([{ type: "item_started", payload: { itemId: "item-2" } }]);
    expect(script.s.currentItemId).toBe("item-2");
    expect(script.s.agenda[1]).toMatchObject({ status: "current", startedAt: expect.any(String) });
  });

  it("refuses an unknown item and a withdrawn one", () => {
    const script = Script.opened();
    script.run({ type: "withdraw_item", itemId: "item-3" });

    const codes = [
      script.refusal({ type: "start_item", itemId: "item-9" }),
      script.refusal({ type: "start_item", itemId: "item-3" }),
    ];

    expect(codes).toEqual(["item_not_found", "item_not_found"]);
  });

  it("refuses an item dealt with already", () => {
    const script = Script.opened();
    script.run({ type: "start_item", itemId: "item-1" });
    script.run({ type: "end_item", itemId: "item-1" });

    const code = script.refusal({ type: "start_item", itemId: "item-1" });

    expect(code).toBe("item_already_done");
  });

  it("refuses a second item while one is under discussion", () => {
    const script = Script.discussing();

    const code = script.refusal({ type: "start_item", itemId: "item-3" });

    expect(code).toBe("item_in_progress");
  });

  it("refuses before the session opens and from a member", () => {
    const scheduled = Script.created();
    const open = Script.opened();

    const codes = [
      scheduled.refusal({ type: "start_item", itemId: "item-1" }),
      open.refusal({ type: "start_item", itemId: "item-1" }, member(1)),
    ];

    expect(codes).toEqual(["session_not_open", "not_chair"]);
  });

  it("refuses to start an item without quorum under the Czech rules", () => {
    const script = Script.opened("cz-municipal", 12);
    script.attend("m11", "absent");

    const code = script.refusal({ type: "start_item", itemId: "item-1" });

    expect(code).toBe("no_quorum");
  });

  it("starts an item without quorum under the votes-cast rules, which check only before votes", () => {
    const script = Script.opened("votes-cast", 12);
    script.attend("m11", "absent");

    const code = script.refusal({ type: "start_item", itemId: "item-1" });

    expect(code).toBeUndefined();
  });
});

describe("end_item", () => {
  it("ends the current item and marks it done", () => {
    const script = Script.discussing();

    const events = script.run({ type: "end_item", itemId: "item-2" });

    expect(events).toEqual([{ type: "item_ended", payload: { itemId: "item-2" } }]);
    expect(script.s.currentItemId).toBeUndefined();
    expect(script.s.agenda[1]).toMatchObject({ status: "done", endedAt: expect.any(String) });
  });

  it("ends the speech in progress first and clears the queue", () => {
    const script = Script.discussing();
    script.run({ type: "request_floor" }, member(1));
    script.run({ type: "request_floor" }, member(2));
    script.run({ type: "grant_floor" });

    const events = script.run({ type: "end_item", itemId: "item-2" });

    expect(events).toEqual([
      { type: "floor_ended", payload: { memberId: "m01", itemId: "item-2" } },
      { type: "item_ended", payload: { itemId: "item-2" } },
    ]);
    expect(script.s.floor).toBeUndefined();
    expect(script.s.queue).toEqual([]);
  });

  it("refuses an item that is not under discussion", () => {
    const script = Script.discussing();

    const code = script.refusal({ type: "end_item", itemId: "item-3" });

    expect(code).toBe("item_not_current");
  });

  it("refuses while a vote is open", () => {
    const script = Script.discussing();
    script.openVote();

    const code = script.refusal({ type: "end_item", itemId: "item-2" });

    expect(code).toBe("vote_open");
  });

  it("refuses a member ending the item", () => {
    const script = Script.discussing();

    const code = script.refusal({ type: "end_item", itemId: "item-2" }, member(1));

    expect(code).toBe("not_chair");
  });
});
