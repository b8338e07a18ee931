import fc from "fast-check";
import { nextInQueue } from "./decide-floor";
import type { Command } from "./commands";
import type { Actor, FloorKind } from "./events";
import type { RefusalCode } from "./refusal";
import type { FloorRequest } from "./state";
import { chair, member, memberId, Script } from "./test-fixtures";

const rank: Record<FloorKind, number> = { technical: 0, factual: 1, speech: 2 };

function request(id: string, kind: FloorKind, minute: number): FloorRequest {
  return { memberId: id, itemId: "item-2", kind, requestedAt: `2024-05-14T15:${minute}:00Z` };
}

describe("nextInQueue", () => {
  it("picks a technical remark first, then a factual remark, then the first speech", () => {
    const queue = [
      request("m01", "speech", 10),
      request("m02", "factual", 11),
      request("m03", "technical", 12),
      request("m04", "technical", 13),
    ];

    const next = nextInQueue(queue);

    expect(next?.memberId).toBe("m03");
  });

  it("keeps the order of request among speeches", () => {
    const queue = [request("m05", "speech", 10), request("m01", "speech", 11)];

    const next = nextInQueue(queue);

    expect(next?.memberId).toBe("m05");
  });

  it("finds nobody in an empty queue", () => {
    const next = nextInQueue([]);

    expect(next).toBeUndefined();
  });
});

type Action =
  | { kind: "request"; n: number; floor: FloorKind }
  | { kind: "withdraw"; n: number }
  | { kind: "withdraw_by_chair"; n: number }
  | { kind: "grant_next" }
  | { kind: "grant_to"; n: number }
  | { kind: "end" };

const who = fc.integer({ min: 1, max: 6 });
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant("request" as const),
    n: who,
    floor: fc.constantFrom<FloorKind>("speech", "technical", "factual"),
  }),
  fc.record({ kind: fc.constant("withdraw" as const), n: who }),
  fc.record({ kind: fc.constant("withdraw_by_chair" as const), n: who }),
  fc.record({ kind: fc.constant("grant_next" as const) }),
  fc.record({ kind: fc.constant("grant_to" as const), n: who }),
  fc.record({ kind: fc.constant("end" as const) }),
);

function asCommand(a: Action): [Command, Actor] {
  switch (a.kind) {
    case "request":
      return [{ type: "request_floor", kind: a.floor }, member(a.n)];
    case "withdraw":
      return [{ type: "withdraw_floor_request" }, member(a.n)];
    case "withdraw_by_chair":
      return [{ type: "withdraw_floor_request", memberId: memberId(a.n) }, chair];
    case "grant_next":
      return [{ type: "grant_floor" }, chair];
    case "grant_to":
      return [{ type: "grant_floor", memberId: memberId(a.n) }, chair];
    case "end":
      return [{ type: "end_floor" }, chair];
  }
}

interface Model {
  queue: Array<{ id: string; kind: FloorKind }>;
  floor?: { id: string; kind: FloorKind };
  speeches: Record<string, number>;
}

interface Step {
  code?: RefusalCode;
  next: Model;
}

/**
 * The queue as the rules of procedure describe it, kept apart from the core to check it against:
 * what each action should be refused with, or what it should leave behind.
 */
function follow(m: Model, a: Action): Step {
  const id = "n" in a ? memberId(a.n) : "";
  const queued = m.queue.some((r) => r.id === id);
  const without = m.queue.filter((r) => r.id !== id);
  switch (a.kind) {
    case "request":
      if (queued || m.floor?.id === id) return { code: "already_requested", next: m };
      if (a.floor === "speech" && (m.speeches[id] ?? 0) >= 2)
        return { code: "contribution_limit", next: m };
      return { next: { ...m, queue: [...m.queue, { id, kind: a.floor }] } };
    case "withdraw":
    case "withdraw_by_chair":
      return queued ? { next: { ...m, queue: without } } : { code: "no_request", next: m };
    case "grant_next":
      if (m.floor) return { code: "floor_taken", next: m };
      return grant(m, mostUrgent(m.queue)?.id);
    case "grant_to":
      return m.floor ? { code: "floor_taken", next: m } : grant(m, id);
    case "end":
      return m.floor ? { next: endSpeech(m, m.floor) } : { code: "floor_free", next: m };
  }
}

/** The most urgent kind first, then the earliest request. */
function mostUrgent(queue: Model["queue"]): Model["queue"][number] | undefined {
  const best = Math.min(...queue.map((r) => rank[r.kind]));
  return queue.find((r) => rank[r.kind] === best);
}

function grant(m: Model, id: string | undefined): Step {
  if (!id) return { code: "queue_empty", next: m };
  const kind = m.queue.find((r) => r.id === id)?.kind ?? "speech";
  return { next: { ...m, floor: { id, kind }, queue: m.queue.filter((r) => r.id !== id) } };
}

function endSpeech(m: Model, floor: NonNullable<Model["floor"]>): Model {
  const spoken = (m.speeches[floor.id] ?? 0) + (floor.kind === "speech" ? 1 : 0);
  return { queue: m.queue, speeches: { ...m.speeches, [floor.id]: spoken } };
}

describe("the speaker queue", () => {
  it("holds nobody twice, never the speaker, and grants by priority then request order", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        const script = Script.discussing();
        let model: Model = { queue: [], speeches: {} };

        for (const a of actions) {
          const expected = follow(model, a);

          const result = script.attempt(...asCommand(a));

          const s = script.s;
          const ids = s.queue.map((r) => r.memberId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids).not.toContain(s.floor?.memberId);
          expect(result.ok ? undefined : result.refusal.code).toBe(expected.code);
          expect(s.queue.map((r) => ({ id: r.memberId, kind: r.kind }))).toEqual(
            expected.next.queue,
          );
          expect(s.floor && { id: s.floor.memberId, kind: s.floor.kind }).toEqual(
            expected.next.floor,
          );
          model = expected.next;
        }
      }),
    );
  });
});
