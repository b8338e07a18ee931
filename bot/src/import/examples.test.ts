import { readFileSync } from "node:fs";
import path from "node:path";

import { decide, holdsSeat, type ItemDraft, type Member } from "@council/core";

const EXAMPLES = path.join(__dirname, "..", "..", "..", "examples");

function example<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(EXAMPLES, name), "utf-8")) as T;
}

interface RosterFile {
  council: string;
  members: Member[];
}

interface AgendaFile {
  council: string;
  title: string;
  place: string;
  scheduledFor: string;
  timeZone: string;
  items: ItemDraft[];
}

describe("examples/roster-23.json", () => {
  const roster = example<RosterFile>("roster-23.json");

  it("has 23 seat holders and one clerk without a seat", () => {
    expect(roster.members).toHaveLength(24);
    expect(roster.members.filter(holdsSeat)).toHaveLength(23);
    expect(roster.members.filter((m) => m.role === "clerk").map((m) => m.id)).toEqual(["c01"]);
  });

  it("has exactly one chair, who is a seat holder", () => {
    const chairs = roster.members.filter((m) => m.role === "chair");

    expect(chairs).toHaveLength(1);
    expect(chairs.every(holdsSeat)).toBe(true);
  });

  it("numbers the seat holders m01 to m23 with unique ids", () => {
    const ids = roster.members.map((m) => m.id);

    expect(new Set(ids).size).toBe(ids.length);
    expect(roster.members.filter(holdsSeat).map((m) => m.id)).toEqual(
      [...Array(23).keys()].map((i) => `m${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("spreads the seats over four or five groups", () => {
    const groups = new Set(roster.members.filter(holdsSeat).map((m) => m.group));

    expect(groups.size).toBeGreaterThanOrEqual(4);
    expect(groups.size).toBeLessThanOrEqual(5);
  });

  it("gives every person a name ending in the family name", () => {
    for (const m of roster.members) {
      expect(m.familyName).toBeTruthy();
      expect(m.name.endsWith(m.familyName ?? "")).toBe(true);
      expect(m.name).not.toMatch(/Ing\.|Mgr\.|MUDr\./);
    }
  });
});

describe("examples/agenda-cercany-2020-02-27.json", () => {
  const agenda = example<AgendaFile>("agenda-cercany-2020-02-27.json");

  it("is scheduled for 19:00 Prague time on 27 February 2020", () => {
    expect(agenda.scheduledFor).toBe("2020-02-27T18:00:00.000Z");
    expect(agenda.timeZone).toBe("Europe/Prague");
  });

  it("keeps the ten published items and adds the two opening items", () => {
    const ids = agenda.items.map((i) => i.id);

    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
  });

  it("words every draft resolution as a decision of the council", () => {
    const drafts = agenda.items.flatMap((i) => (i.draftResolution ? [i.draftResolution] : []));

    expect(drafts).toHaveLength(6);
    for (const draft of drafts) expect(draft).toMatch(/^Zastupitelstvo obce Čerčany \S+/);
  });
});

describe("the examples together", () => {
  it("are accepted by the core as a new session", () => {
    const roster = example<RosterFile>("roster-23.json");
    const { items, ...session } = example<AgendaFile>("agenda-cercany-2020-02-27.json");

    const decision = decide(
      undefined,
      { type: "create_session", ...session, members: roster.members, agenda: items },
      { actor: { kind: "member", memberId: "c01" }, now: "2020-02-20T09:00:00.000Z" },
    );

    expect(decision.ok).toBe(true);
    expect(roster.council).toBe(session.council);
  });
});
