import { SessionScript } from "../testing/session-script";
import { stageMode } from "./stage-mode";

describe("stageMode", () => {
  it("shows the item, then the speaker, the vote and its result in turn", () => {
    const script = SessionScript.discussing();
    expect(stageMode(script.s).kind).toBe("item");

    script.run({ type: "request_floor" }, "m1");
    script.run({ type: "grant_floor" });
    expect(stageMode(script.s).kind).toBe("speaker");

    script.run({ type: "end_floor" });
    script.run({ type: "open_vote" });
    expect(stageMode(script.s)).toMatchObject({ kind: "vote", vote: { id: "vote-1" } });

    script.run({ type: "close_vote", voteId: "vote-1" });
    expect(stageMode(script.s)).toMatchObject({ kind: "result", vote: { id: "vote-1" } });

    script.run({ type: "end_item", itemId: "item-1" });
    script.run({ type: "start_item", itemId: "item-2" });
    expect(stageMode(script.s).kind).toBe("item");
  });
});
