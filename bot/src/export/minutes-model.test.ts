import {
  councilSessionEvents,
  CouncilScript,
  createCommand,
  range,
  SESSION_ID,
} from "./council-session.fixture";
import { ExportError } from "./export-error";
import type { MinutesModel, MinutesVote } from "./minutes-model";
import { buildMinutesModel } from "./minutes-model";

function minutes(options: Parameters<typeof buildMinutesModel>[1] = {}): MinutesModel {
  return buildMinutesModel(councilSessionEvents(), { excused: ["m22"], ...options });
}

function vote(model: MinutesModel, number: number): MinutesVote {
  const found = model.items.flatMap((i) => i.votes).find((v) => v.number === number);
  if (!found) throw new Error(`no vote ${number}`);
  return found;
}

function named(v: MinutesVote, choice: string): string[] {
  return v.named.find((g) => g.choice === choice)?.names ?? [];
}

describe("buildMinutesModel", () => {
  it("heads the minutes with council, title, place, date and times in the session's zone", () => {
    const model = minutes();

    expect(model).toMatchObject({
      sessionId: SESSION_ID,
      council: "Zastupitelstvo města Vzorov",
      title: "13. zasedání Zastupitelstva města Vzorov",
      place: "Velký sál radnice, Náměstí 1, Vzorov",
      date: "27. 2. 2020",
      openedAt: { time: "18:03" },
      closedAt: { time: "19:26" },
      chair: "Nováková Jana, Ing.",
      clerks: ["Malá Eva"],
    });
  });

  it("lists who was present, in the room or remotely, with arrival and departure times", () => {
    const { attendance } = minutes();

    expect(attendance).toMatchObject({ seats: 23, room: 16, remote: 1, presentAtOpening: 16 });
    expect(attendance.present).toHaveLength(17);
    expect(attendance.present.find((p) => p.id === "m16")).toMatchObject({
      name: "Doležalová Ivana",
      atOpening: false,
      arrivedAt: { time: "18:20" },
    });
    expect(attendance.present.find((p) => p.id === "m15")).toMatchObject({
      mode: "remote",
      leftAt: { time: "19:00" },
    });
    expect(attendance.movements.slice(0, 2)).toMatchObject([
      { kind: "arrival", member: { name: "Doležalová Ivana" }, at: { time: "18:20" } },
      { kind: "departure", member: { name: "Marek Jan" }, at: { time: "19:00" } },
    ]);
  });

  it("counts the excused apart from the absent, alphabetically in Czech order", () => {
    const { attendance } = minutes();

    expect(attendance.excused.map((p) => p.name)).toEqual(["van der Berg Anna"]);
    expect(attendance.absent.map((p) => p.name)).toEqual([
      "Čermáková Tereza",
      "Kolářová Kateřina",
      "Navrátil Lukáš",
      "Urban Ondřej",
      "Zeman Milan",
    ]);
    expect(attendance.summary).toBe(
      "Přítomno: 17 z 23 (v sále 16, distančně 1); omluveno: 1; nepřítomno: 5.",
    );
  });

  it("states the quorum at the opening and when it was lost", () => {
    const model = minutes();

    expect(model.quorumAtOpening).toMatchObject({ present: 16, quorum: 12 });
    expect(model.quorumAtOpening?.text).toContain("Přítomno bylo 16 z 23 členů zastupitelstva");
    expect(model.quorumChanges).toEqual([
      expect.objectContaining({
        kind: "lost",
        present: 11,
        text: "V 19:25 přestalo být zastupitelstvo usnášeníschopné (přítomno 11, potřeba 12).",
      }),
    ]);
  });

  it("records the agenda approved by vote and the item added by vote", () => {
    const { agenda } = minutes();

    expect(agenda.approvalText).toBe("Program byl schválen v 18:13 hlasováním č. 3.");
    expect(agenda.approved.map((i) => [i.number, i.title, i.added])).toEqual([
      [1, "Zahájení, volba ověřovatelů a schválení programu", false],
      [2, "Rozpočet města na rok 2020", false],
      [3, "Prodej pozemku p. č. 1234/5 v k. ú. Vzorov", true],
      [4, "Různé", false],
    ]);
    expect(agenda.changes).toEqual([
      expect.objectContaining({
        kind: "added",
        voteNumber: 2,
        text: "Do programu byl doplněn bod „Prodej pozemku p. č. 1234/5 v k. ú. Vzorov“ hlasováním č. 2.",
      }),
    ]);
  });

  it("gives each item its reporter, times, speakers in order and declared conflicts", () => {
    const budget = minutes().items[1];

    expect(budget).toMatchObject({
      number: 2,
      reporter: "Ing. Jana Nováková",
      startedAt: { time: "18:20" },
      endedAt: { time: "18:38" },
      conflicts: [
        { member: { name: "Procházka Karel, MUDr." }, note: "jednatel Vzorovských služeb" },
      ],
    });
    expect(budget?.speakers.map((s) => [s.member.name, s.kindText])).toEqual([
      ["Kučera Jiří", "technická poznámka"],
      ["Šťastná Marie", "vystoupení"],
      ["Krejčí Hana", "vystoupení"],
    ]);
  });

  it("writes the counts line, the outcome and the explanation of a vote", () => {
    const budget = vote(minutes(), 4);

    expect(budget.countsLine).toBe(
      "Výsledek hlasování: pro 14, proti 0, zdržel se 2, nehlasoval 1, nepřítomen 6",
    );
    expect(budget.outcomeText).toBe("Návrh byl přijat");
    expect(budget.explanation).toBe(
      "přijato: 14 pro z 23 členů, potřeba 12 (zákon o obcích, 128/2000 Sb.)",
    );
    expect(vote(minutes(), 5).outcomeText).toBe("Návrh nebyl přijat");
  });

  it("lists named votes by choice, telling not voting from absent at the vote's close", () => {
    const budget = vote(minutes(), 4);

    expect(named(budget, "yes")).toHaveLength(14);
    expect(named(budget, "abstain")).toEqual(["Marek Jan", "Sedláčková Věra"]);
    expect(named(budget, "notVoting")).toEqual(["Doležalová Ivana"]);
    expect(named(budget, "absent")).toEqual([
      "Čermáková Tereza",
      "Kolářová Kateřina",
      "Navrátil Lukáš",
      "Urban Ondřej",
      "van der Berg Anna",
      "Zeman Milan",
    ]);
  });

  it("counts a member absent from a vote held before they arrived", () => {
    const test = vote(minutes(), 1);

    expect(named(test, "absent")).toContain("Doležalová Ivana");
    expect(named(test, "notVoting")).toEqual([]);
  });

  it("numbers adopted votes as resolutions, procedural ones flagged, test and rejected votes not", () => {
    const model = minutes();

    expect(model.resolutions.map((r) => [r.number, r.voteNumber, r.procedural])).toEqual([
      ["1/13/2020", 2, true],
      ["2/13/2020", 3, true],
      ["3/13/2020", 4, false],
    ]);
    expect(vote(model, 1).resolutionNumber).toBeUndefined();
    expect(vote(model, 5).resolutionNumber).toBeUndefined();
  });

  it("numbers with a town's own pattern and leaves agenda votes unnumbered when asked", () => {
    const model = minutes({
      resolutionPattern: "ZM/{year}/{number}",
      firstResolutionNumber: 41,
      proceduralResolutions: false,
    });

    expect(model.resolutions.map((r) => r.number)).toEqual(["ZM/2020/41"]);
  });

  it("refuses a pattern with an unknown placeholder", () => {
    expect(() => minutes({ resolutionPattern: "{number}/{sesion}" })).toThrow(ExportError);
  });

  it("says how the session ended and ends with the hash of the last event", () => {
    const events = councilSessionEvents();
    const model = buildMinutesModel(events);

    expect(model.ending).toMatchObject({
      reason: "quorum_lost",
      text: "Zasedání bylo ukončeno v 19:26, protože zastupitelstvo přestalo být usnášeníschopné.",
    });
    expect(model.log).toEqual({
      eventCount: events.length,
      lastSeq: events.length,
      finalHash: events.at(-1)?.hash,
    });
  });

  it("speaks English when asked", () => {
    const model = minutes({ lang: "en" });

    expect(model.date).toBe("27 February 2020");
    expect(vote(model, 4).countsLine).toBe(
      "Result of the vote: yes 14, no 0, abstain 2, not voting 1, absent 6",
    );
    expect(vote(model, 5).outcomeText).toBe("The motion was not adopted");
  });

  it("reports a session that is still open and was never closed", () => {
    const events = councilSessionEvents();
    const open = events.slice(
      0,
      events.findIndex((e) => e.type === "item_ended"),
    );

    const model = buildMinutesModel(open);

    expect(model.ending.text).toMatch(/^Zasedání nebylo ukončeno; záznam končí v \d\d:\d\d\.$/);
    expect(model.log.finalHash).toBe(open.at(-1)?.hash);
  });

  it("records an item withdrawn by vote with the vote's number, and no resolution for it when asked", () => {
    const everyone = ["chair", ...range(1, 22)];
    const script = new CouncilScript().run(createCommand(), { kind: "system", name: "import" });
    script.attend(everyone).run({ type: "open_session" });
    script.run({ type: "start_item", itemId: "item-1" });
    script.vote({ purpose: { kind: "withdraw_item", itemId: "item-3" } }, { yes: everyone });

    const model = buildMinutesModel(script.events, { proceduralResolutions: false });

    expect(model.agenda.changes).toEqual([
      expect.objectContaining({
        kind: "withdrawn",
        voteNumber: 1,
        text: "Z programu byl stažen bod „Různé“ hlasováním č. 1.",
      }),
    ]);
    expect(model.items.map((i) => i.title)).not.toContain("Různé");
    expect(model.resolutions).toEqual([]);
    expect(model.agenda.approvalText).toBe("Program nebyl schválen.");
  });

  it("lists who was recorded present when the session was never opened", () => {
    const script = new CouncilScript().run(createCommand(), { kind: "system", name: "import" });
    script.attend(["chair", "m01"]);

    const model = buildMinutesModel(script.events);

    expect(model.attendance.present.map((p) => p.name)).toEqual([
      "Dvořák Petr",
      "Nováková Jana, Ing.",
    ]);
    expect(model.ending.text).toBe("Zasedání nebylo zahájeno.");
    expect(model.quorumAtOpening).toBeUndefined();
  });
});
