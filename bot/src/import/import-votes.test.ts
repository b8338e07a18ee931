import { foldEvents, type LoggedEvent } from "@council/core";

import { countOptions } from "./count-options";
import { ImportError } from "./import-error";
import { importVotes } from "./import-votes";
import { parseHerXml } from "./parse-her-xml";
import { parsePragueCsv } from "./parse-prague-csv";
import type { PublishedOption, PublishedVoteSet } from "./published-votes";
import { corpusFile, pragueFiles, VSETIN_SESSION } from "./test-inputs";

function caught(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

/** A small made-up council: five members, one vote per entry of `votes`. */
function smallCouncil(votes: PublishedOption[][]): PublishedVoteSet {
  const ids = ["a", "b", "c", "d", "e"];
  return {
    source: "made-up",
    council: "Obec Lhotka",
    date: "2025-03-12",
    members: ids.map((id) => ({ id, name: `Člen ${id.toUpperCase()}`, group: "NL" })),
    votes: votes.map((options, i) => ({
      id: `v${i + 1}`,
      number: i + 1,
      title: `Bod ${i + 1}`,
      options: Object.fromEntries(ids.map((id, j) => [id, options[j] ?? "absent"])),
      published: null,
    })),
  };
}

describe("importVotes on the published Prague session", () => {
  const set = parsePragueCsv(pragueFiles());
  const imported = importVotes(set, { members: 65 });

  it("recomputes all 47 results equal to the published ones", () => {
    expect(imported.summary).toEqual({ votes: 47, agree: 47, disagree: 0 });
    expect(imported.lines.every((line) => line.note === undefined)).toBe(true);
  });

  it("rejects the opening test vote as published", () => {
    expect(imported.lines[0]).toEqual({
      id: "58683",
      title: "ZKUŠEBNÍ",
      yes: 21,
      no: 10,
      abstain: 7,
      notVoting: 26,
      absent: 1,
      result: "rejected",
      published: "rejected",
      agrees: true,
    });
    expect(imported.state.votes[0]?.purpose).toEqual({ kind: "test" });
  });

  it("counts in the core exactly what the data records per member", () => {
    set.votes.forEach((vote, i) => {
      const { yes, no, abstain, notVoting, absent } = imported.lines[i] ?? {};
      expect({ yes, no, abstain, notVoting, absent }).toEqual(countOptions(vote.options));
    });
  });

  it("stamps events with the start of the day when only the date is known", () => {
    const times = new Set(imported.events.map((e) => e.time));

    expect(times).toEqual(new Set(["2022-11-02T23:00:00.000Z"]));
  });

  it("produces a log that folds into the closed session", () => {
    const logged = imported.events.map((e, i) => ({ ...e, seq: i + 1 }) as LoggedEvent);

    const state = foldEvents("import", logged);

    expect(imported.events[0]?.type).toBe("session_created");
    expect(imported.events.at(-1)?.type).toBe("session_closed");
    expect(state.status).toBe("closed");
    expect(state.votes).toHaveLength(47);
    expect(state.members).toHaveLength(65);
    expect(state).toEqual(imported.state);
  });

  it("casts ballots as the members and runs the session as the importer", () => {
    const ballots = imported.events.filter((e) => e.type === "ballot_cast");
    const others = imported.events.filter((e) => e.type !== "ballot_cast");

    expect(ballots).toHaveLength(2286 + 123 + 515);
    for (const e of ballots) expect(e.actor.kind).toBe("member");
    for (const e of others) expect(e.actor).toEqual({ kind: "system", name: "import" });
  });

  it("detects a published result that disagrees with the recomputed one", () => {
    const altered = structuredClone(set);
    const first = altered.votes[0];
    if (first) first.published = "adopted";

    const { lines, summary } = importVotes(altered);

    expect(summary).toEqual({ votes: 47, agree: 46, disagree: 1 });
    expect(lines[0]).toMatchObject({ result: "rejected", published: "adopted", agrees: false });
  });

  it("refuses a member count larger than the data instead of padding the roster", () => {
    const error = caught(() => importVotes(set, { members: 70 }));

    expect(error.code).toBe("import_member_count");
    expect(error.message).toMatch(/70 members but the data names only 65/);
  });

  it("refuses a member count smaller than the data", () => {
    expect(caught(() => importVotes(set, { members: 64 })).code).toBe("import_member_count");
  });

  it("refuses an unknown rule set", () => {
    expect(caught(() => importVotes(set, { ruleSetId: "nope" })).message).toMatch(/nope/);
  });
});

describe("importVotes on the published Vsetín session", () => {
  const set = parseHerXml(corpusFile(VSETIN_SESSION));
  const imported = importVotes(set);

  it("computes all 16 results, none of them published", () => {
    expect(imported.summary).toEqual({ votes: 16, agree: 0, disagree: 0 });
    expect(imported.lines.map((l) => l.result)).toEqual([
      ...Array(11).fill("adopted"),
      "rejected",
      "adopted",
      "rejected",
      "adopted",
      "adopted",
    ]);
    for (const line of imported.lines) expect(line.published).toBeNull();
  });

  it("adopts with 11 of 21 and rejects with 10, abstentions counting as not yes", () => {
    expect(imported.lines[12]).toMatchObject({ yes: 11, no: 1, abstain: 9, result: "adopted" });
    expect(imported.lines[13]).toMatchObject({ yes: 10, no: 1, abstain: 10, result: "rejected" });
  });

  it("finds the printed counts equal to the recomputed ones", () => {
    for (const line of imported.lines) expect(line.note).toBeUndefined();
  });

  it("opens each vote at its published time", () => {
    const opened = imported.events.filter((e) => e.type === "vote_opened").map((e) => e.time);

    expect(opened).toEqual(set.votes.map((v) => v.time));
  });

  it("groups votes with the same title under one agenda item", () => {
    expect(imported.state.agenda.map((item) => item.title.slice(0, 4))).toEqual([
      "1. Z",
      "1.1 ",
      "1.2 ",
      "1.3 ",
      "3. S",
      "4. S",
      "5. V",
      "6. V",
    ]);
  });

  it("adopts vote 14 under a majority of votes cast, where abstentions do not count", () => {
    const { lines } = importVotes(set, { ruleSetId: "votes-cast" });

    expect(lines[13]).toMatchObject({ yes: 10, no: 1, result: "adopted" });
  });

  it("notes printed counts that differ from the ballots", () => {
    const altered = structuredClone(set);
    const first = altered.votes[0];
    if (first?.publishedCounts) first.publishedCounts.yes = 20;

    const { lines } = importVotes(altered);

    expect(lines[0]?.note).toMatch(/^printed counts differ: \{"yes":20/);
  });
});

describe("importVotes when quorum is lost", () => {
  const set = smallCouncil([
    ["yes", "yes", "yes", "no", "abstain"],
    ["yes", "yes", "absent", "absent", "absent"],
  ]);

  it("computes a vote the core refuses for want of quorum from its counts and says so", () => {
    const { lines } = importVotes(set);

    expect(lines[0]).toMatchObject({ result: "adopted" });
    expect(lines[0]?.note).toBeUndefined();
    expect(lines[1]).toMatchObject({ yes: 2, absent: 3, result: "rejected" });
    expect(lines[1]?.note).toMatch(/^the core refused the vote \(no_quorum: .*\); result computed/);
  });

  it("records the lost quorum in the log", () => {
    const { events } = importVotes(set);

    expect(events.map((e) => e.type)).toContain("quorum_lost");
  });
});

describe("importVotes on unusable sets", () => {
  it("refuses a set without votes", () => {
    const error = caught(() => importVotes(smallCouncil([])));

    expect(error.code).toBe("import_malformed");
  });

  it("refuses a vote with neither time nor date", () => {
    const set = { ...smallCouncil([["yes", "yes", "yes"]]), date: undefined };

    expect(caught(() => importVotes(set)).message).toBe(
      "made-up, vote v1: the vote has neither time nor date",
    );
  });
});
