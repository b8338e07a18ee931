import type { FloorRequest } from "@council/core";
import { queuePlace, speakingOrder } from "./speaking-order";

function request(memberId: string, kind: FloorRequest["kind"], minute: number): FloorRequest {
  return { memberId, itemId: "item-1", kind, requestedAt: `2025-03-10T17:${minute}0:00Z` };
}

describe("speakingOrder", () => {
  it("lists remarks out of turn before speeches, each in order of request", () => {
    const queue = [
      request("a", "speech", 1),
      request("b", "speech", 2),
      request("c", "factual", 3),
      request("d", "technical", 4),
    ];

    expect(speakingOrder(queue).map((r) => r.memberId)).toEqual(["d", "c", "a", "b"]);
  });

  it("gives a member's place from 1, and none when not waiting", () => {
    const queue = [request("a", "speech", 1), request("b", "technical", 2)];

    expect(queuePlace(queue, "b")).toBe(1);
    expect(queuePlace(queue, "a")).toBe(2);
    expect(queuePlace(queue, "z")).toBeUndefined();
    expect(queuePlace([], "a")).toBeUndefined();
  });
});
