import fc from "fast-check";
import type { GraphicSlot } from "../broadcast-port";
import { ActionQueue } from "./action-queue";
import type { DirectorAction } from "./director-action";

const slots: GraphicSlot[] = ["speaker", "agendaItem", "voteResult"];

const graphic = (slot: GraphicSlot, text?: string, show?: boolean): DirectorAction => ({
  key: `graphic:${slot}`,
  kind: "graphic",
  slot,
  ...(text === undefined ? {} : { fields: { text } }),
  ...(show === undefined ? {} : { show }),
});

const mark = (n: number): DirectorAction => ({
  key: `mark:s:item-${n}:${n}`,
  kind: "mark",
  sessionId: "s",
  itemId: `item-${n}`,
  title: `${n}.`,
  seenAtMs: n,
});

const arbitraryAction: fc.Arbitrary<DirectorAction> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...slots), fc.option(fc.string()), fc.option(fc.boolean()))
    .map(([slot, text, show]) => graphic(slot, text ?? undefined, show ?? undefined)),
  fc
    .constantFrom("wide", "chair", "podium")
    .map((shot): DirectorAction => ({ key: "shot", kind: "shot", shot: { shot } })),
  fc.nat(1000).map(mark),
);

/** The text, visibility and shot a switcher ends with after running `actions` in order. */
function endState(actions: readonly DirectorAction[]): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const action of actions) {
    if (action.kind === "shot") state.shot = action.shot.shot;
    if (action.kind === "graphic" && action.fields)
      state[`${action.slot}.text`] = action.fields.text;
    if (action.kind === "graphic" && action.show !== undefined)
      state[`${action.slot}.on`] = action.show;
  }
  return state;
}

describe("ActionQueue", () => {
  it("sends only the latest text of a slot still waiting", () => {
    const queue = new ActionQueue(8);

    queue.push(graphic("voteResult", "pro 1", true));
    queue.push(graphic("voteResult", "pro 2"));
    queue.push(graphic("voteResult", "pro 3"));

    expect(queue.snapshot()).toEqual([graphic("voteResult", "pro 3", true)]);
  });

  it("drops the oldest chapter mark first when full, and keeps every state step", () => {
    const queue = new ActionQueue(3);

    queue.push(mark(1));
    queue.push(graphic("speaker", "Jana", true));
    queue.push(mark(2));
    queue.push(graphic("agendaItem", "Bod 2", true));

    expect(queue.snapshot().map((a) => a.key)).toEqual([
      "graphic:speaker",
      "mark:s:item-2:2",
      "graphic:agendaItem",
    ]);
    expect(queue.dropped).toBe(1);
    expect(queue.lostState).toBe(false);
  });

  it("asks for a resync when it had to drop a state step", () => {
    const queue = new ActionQueue(1);

    queue.push(graphic("speaker", "Jana", true));
    queue.push(graphic("agendaItem", "Bod 2", true));

    expect(queue.lostState).toBe(true);
    queue.clearState();
    expect(queue.lostState).toBe(false);
  });

  it("never grows past its bound and always ends in the state of everything pushed", () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryAction, { maxLength: 60 }),
        fc.integer({ min: 4, max: 10 }),
        (actions, capacity) => {
          const queue = new ActionQueue(capacity);
          for (const action of actions) {
            queue.push(action);
            expect(queue.length).toBeLessThanOrEqual(capacity);
          }

          const drained: DirectorAction[] = [];
          for (let a = queue.shift(); a; a = queue.shift()) drained.push(a);

          expect(queue.lostState).toBe(false);
          expect(endState(drained)).toEqual(endState(actions));
        },
      ),
    );
  });
});
