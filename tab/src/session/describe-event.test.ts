import { cs } from "../messages/cs";
import { en } from "../messages/en";
import { SessionScript } from "../testing/session-script";
import { describeEvent } from "./describe-event";
import { eventGroup } from "./event-group";

function busySession(): SessionScript {
  const script = SessionScript.discussing();
  script.runAsService({
    type: "record_presence_signal",
    memberId: "m4",
    signal: "joined",
    source: "teams",
  });
  script.run({ type: "declare_conflict", itemId: "item-1", note: "Jednatel dodavatele" }, "m1");
  script.run({ type: "request_floor", kind: "factual" }, "m2");
  script.run({ type: "grant_floor" });
  script.run({ type: "end_floor" });
  script.run({ type: "open_vote", purpose: { kind: "test" } });
  script.run({ type: "cast_ballot", voteId: "vote-1", choice: "abstain" }, "m3");
  script.run({ type: "close_vote", voteId: "vote-1" });
  script.run({ type: "end_item", itemId: "item-1" });
  script.run({ type: "close_session" });
  return script;
}

describe("describeEvent", () => {
  it("writes a line for every event of a session, in both languages, with names filled in", () => {
    const script = busySession();

    for (const t of [cs, en]) {
      const lines = script.events.map((event) => describeEvent(event, script.s, t));
      expect(lines.every((line) => line.length > 5 && !/undefined|NaN|\[object/.test(line))).toBe(
        true,
      );
    }
  });

  it("names the member, the item and the ballot as the clerk's log needs them", () => {
    const script = busySession();
    const line = (type: string) =>
      describeEvent(
        script.events.find((e) => e.type === type)!,
        script.s,
        cs,
      );

    expect(line("conflict_declared")).toBe(
      "Střet zájmů oznámen: Petr Svoboda, bod Rozpočet 2025 – Jednatel dodavatele",
    );
    expect(line("ballot_cast")).toBe("Hlasování č. 1: Karel Černý – Zdržuje se");
    expect(line("vote_opened")).toBe("Hlasování č. 1 zahájeno: Zkušební hlasování");
    expect(line("presence_signal")).toBe("Teams: Lucie Veselá – připojení ke schůzce");
    expect(describeEvent(script.events.at(-1)!, script.s, en)).toBe(
      "Session closed: business concluded",
    );
  });

  it("files each event under the clerk's filters", () => {
    const groups = new Set(busySession().events.map((e) => eventGroup(e.type)));

    expect([...groups].sort()).toEqual(["agenda", "attendance", "floor", "votes"]);
  });
});
