import type { Command, SessionState } from "@council/core";
import { isChairAction } from "./chair-action";

const state = {
  floor: { memberId: "m1", itemId: "i1", kind: "speech", startedAt: "" },
} as SessionState;
const asks = (command: Command, memberId = "m1") => isChairAction(command, state, memberId);

describe("which commands are the chair's", () => {
  it.each<Command>([
    { type: "open_session" },
    { type: "approve_agenda" },
    { type: "start_item", itemId: "i1" },
    { type: "grant_floor" },
    { type: "open_vote" },
    { type: "close_vote", voteId: "vote-1" },
    { type: "close_session" },
  ])("counts $type as the chair's", (command) => {
    expect(asks(command)).toBe(true);
  });

  it.each<Command>([
    { type: "request_floor" },
    { type: "cast_ballot", voteId: "vote-1", choice: "yes" },
    { type: "declare_conflict", itemId: "i1" },
    { type: "record_attendance", memberId: "m1", mode: "remote" },
    { type: "withdraw_floor_request" },
    { type: "end_floor" },
  ])("counts $type for oneself as a member's own business", (command) => {
    expect(asks(command)).toBe(false);
  });

  it("counts acting for someone else as the chair's", () => {
    expect(asks({ type: "record_attendance", memberId: "m2", mode: "room" })).toBe(true);
    expect(asks({ type: "withdraw_floor_request", memberId: "m2" })).toBe(true);
    expect(asks({ type: "end_floor" }, "chair")).toBe(true);
  });

  it("guards a command it does not know", () => {
    expect(asks({ type: "something_new" } as unknown as Command)).toBe(true);
  });
});
