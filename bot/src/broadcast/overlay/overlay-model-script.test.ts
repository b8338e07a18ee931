import vm from "node:vm";
import type { LoggedEvent, SessionState } from "@council/core";
import { foldEvents } from "@council/core";
import { pictureOf } from "../director/broadcast-picture";
import { CouncilRun, SESSION_ID, as, vmixMapping } from "../director/broadcast-session.fixture";
import { broadcastWords } from "../director/broadcast-words";
import { OVERLAY_MODEL_SCRIPT } from "./overlay-model-script";
import { overlaySlots } from "./overlay-page";

interface PageModel {
  overlayApply(state: unknown, event: LoggedEvent): unknown;
  overlaySlot(state: unknown, slot: string, held: string | undefined, words: unknown): unknown;
}

/** The page's model as the browser would run it: plain script, its own global scope. */
function loadModel(): PageModel {
  return vm.runInNewContext(`${OVERLAY_MODEL_SCRIPT};({ overlayApply, overlaySlot })`, {});
}

/** A session touching every event the overlay reads: remarks, a remote speaker, agenda changes. */
async function variedSession(): Promise<LoggedEvent[]> {
  const council = new CouncilRun();
  await council.open();
  await council.run({ type: "start_item", itemId: "item-2" });
  await council.speak("m3");
  await council.run({ type: "end_floor" });
  await council.run({ type: "request_floor", kind: "factual" }, as("m2"));
  await council.run({ type: "grant_floor", memberId: "m2" });
  await council.run({ type: "end_floor" });
  await council.vote({ m1: "yes", m2: "no" }, { kind: "test" });
  await council.vote(
    { m1: "yes", m2: "yes", m4: "yes" },
    { kind: "add_item", item: { title: "Prodej pozemku p. č. 1234/5" }, position: 1 },
  );
  const agenda = council.sessions.get(SESSION_ID)?.agenda ?? [];
  const added = agenda.find((item) => item.added)?.id ?? "";
  const reversed = agenda.map((item) => item.id).reverse();
  const yes = { m1: "yes", m2: "yes", m4: "yes" } as const;
  await council.vote(yes, { kind: "reorder_agenda", itemIds: reversed });
  await council.vote(yes, { kind: "withdraw_item", itemId: added });
  await council.vote({ m1: "yes", m2: "yes", m3: "yes", m4: "abstain" });
  await council.run({ type: "end_item", itemId: "item-2" });
  await council.run({ type: "start_item", itemId: "item-3" });
  await council.run({ type: "close_session" });
  return council.sessions.eventsAfter(SESSION_ID, 0);
}

function lastClosedVote(state: SessionState): string | undefined {
  return state.votes.filter((v) => v.status === "closed").at(-1)?.id;
}

describe("the overlay page's model", () => {
  it("folds the live feed and fills every slot exactly as the director does", async () => {
    const model = loadModel();
    const events = await variedSession();
    const mapping = vmixMapping();
    let pageState: unknown = JSON.parse(JSON.stringify(foldEvents(SESSION_ID, events.slice(0, 1))));

    for (let k = 2; k <= events.length; k++) {
      pageState = model.overlayApply(pageState, events[k - 1] as LoggedEvent);
      const core = foldEvents(SESSION_ID, events.slice(0, k));
      const held = lastClosedVote(core);
      const server = pictureOf(core, mapping, held).graphics;

      for (const slot of overlaySlots) {
        const page = JSON.parse(
          JSON.stringify(model.overlaySlot(pageState, slot, held, broadcastWords)),
        ) as { on: boolean; fields?: Record<string, string> };
        const { on, fields } = page;
        expect({ seq: k, slot, on, ...(on ? { fields } : {}) }).toEqual({
          seq: k,
          slot,
          ...server[slot],
        });
      }
    }
  });
});
