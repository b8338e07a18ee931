import { countOptions } from "./count-options";
import { ImportError } from "./import-error";
import { parseHerXml, parseMajority } from "./parse-her-xml";
import { corpusFile, fixtureFile, VSETIN_SESSION, VSETIN_SINGLE_VOTE } from "./test-inputs";

function caught(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("parseHerXml on the published Vsetín session", () => {
  const set = parseHerXml(corpusFile(VSETIN_SESSION));

  it("reads 16 votes and 21 members", () => {
    expect(set.votes).toHaveLength(16);
    expect(set.members).toHaveLength(21);
    expect(set.votes.map((v) => v.number)).toEqual([...Array(16).keys()].map((i) => i + 1));
  });

  it("has no published result", () => {
    for (const vote of set.votes) expect(vote.published).toBeNull();
  });

  it("prints counts equal to a direct count of the ballots", () => {
    for (const vote of set.votes) {
      expect(vote.publishedCounts).toEqual(countOptions(vote.options));
    }
  });

  it("converts the Prague wall-clock times to UTC", () => {
    expect(set.votes[0]?.time).toBe("2014-11-06T14:23:40.000Z");
    expect(set.votes[15]?.time).toBe("2014-11-06T15:38:06.000Z");
    expect(set.date).toBe("2014-11-06");
  });

  it("trims titles and topic numbers", () => {
    expect(set.title).toBe("1. Zasedání Zastupitelstva Města Vsetín");
    expect(set.votes[0]?.title).toBe("1. Zahájení");
    expect(set.votes[11]?.title).toMatch(/^5\. Volba starosty .*předpisů,$/);
  });

  it("reads members with trimmed titles and family names", () => {
    expect(set.members[5]).toEqual({
      id: "6",
      name: "Tomáš Husa",
      familyName: "Husa",
      title: "MUDr.",
      group: "KOV",
    });
    expect(set.members[2]).toEqual({
      id: "3",
      name: "Jiří Čunek",
      familyName: "Čunek",
      group: "KDU-ČSL",
    });
  });

  it("reads the 1/2A notation as more than half of all members", () => {
    expect(set.votes[0]?.majority).toEqual({ raw: "1/2A", fraction: [1, 2], base: "all_members" });
  });

  it("maps every ballot code the export uses", () => {
    const used = new Set(set.votes.flatMap((v) => Object.values(v.options)));

    expect(used).toEqual(new Set(["yes", "no", "abstain", "not_voting"]));
  });
});

describe("parseHerXml on the published single-vote file", () => {
  const set = parseHerXml(corpusFile(VSETIN_SINGLE_VOTE));

  it("reads the one vote in which no member voted", () => {
    expect(set.votes).toHaveLength(1);
    expect(set.members).toHaveLength(21);
    expect(set.votes[0]).toMatchObject({ id: "201401-12", number: 12, published: null });
    expect(countOptions(set.votes[0]?.options ?? {})).toEqual({
      yes: 0,
      no: 0,
      abstain: 0,
      notVoting: 21,
      absent: 0,
    });
    expect(set.votes[0]?.publishedCounts).toEqual(countOptions(set.votes[0]?.options ?? {}));
  });

  it("takes the session title from the nested Session element", () => {
    expect(set.title).toBe("1. Zasedání Zastupitelstva Města Vsetín");
  });
});

describe("parseHerXml on odd but valid files", () => {
  it("decodes windows-1250 named in the declaration and keeps a bare ampersand", () => {
    const set = parseHerXml(fixtureFile("her-session-windows-1250.xml"));

    expect(set.council).toBe("Obec Lhotka nad Řekou");
    expect(set.title).toBe("3. zasedání Zastupitelstva obce Lhotka nad Řekou");
    expect(set.members.map((m) => m.name)).toEqual([
      "Šárka Říhová",
      "Čeněk Žďárský",
      "Ludmila Kůžová",
    ]);
    expect(set.votes[0]?.title).toBe("1. Rozpočet & investice: příspěvek pro Sokol Lhotka");
  });

  it("trims numbers and times padded with spaces", () => {
    const set = parseHerXml(fixtureFile("her-session-windows-1250.xml"));

    expect(set.votes[0]).toMatchObject({ number: 1, time: "2025-03-12T17:05:00.000Z" });
    expect(set.votes[0]?.publishedCounts).toEqual({
      yes: 2,
      no: 1,
      abstain: 0,
      notVoting: 0,
      absent: 0,
    });
    expect(set.votes[1]?.time).toBe("2025-03-12T17:40:15.000Z");
  });

  it("reads a MISSING ballot as absent", () => {
    const set = parseHerXml(fixtureFile("her-session-windows-1250.xml"));

    expect(set.votes[1]?.options).toEqual({ "1": "yes", "2": "abstain", "3": "absent" });
    expect(set.votes[1]?.publishedCounts).toEqual(countOptions(set.votes[1]?.options ?? {}));
  });

  it("reads a UTF-8 file with a BOM, entities and a bare ampersand, in summer time", () => {
    const set = parseHerXml(fixtureFile("her-single-vote-utf8-bom.xml"));

    expect(set.votes[0]?.title).toBe("3.2 Smlouva s firmou Novák & syn, s.r.o. (& dodatek č. 1)");
    expect(set.votes[0]?.time).toBe("2025-07-01T15:30:00.000Z");
    expect(set.council).toBe("4. zasedání Zastupitelstva obce Lhotka nad Řekou");
  });

  it("lets the caller name the council", () => {
    const set = parseHerXml(fixtureFile("her-single-vote-utf8-bom.xml"), { council: "Lhotka" });

    expect(set.council).toBe("Lhotka");
  });
});

describe("parseHerXml on malformed files", () => {
  it("names file and line of a tag never closed", () => {
    const error = caught(() => parseHerXml(fixtureFile("her-unclosed-tag.xml")));

    expect(error.code).toBe("import_malformed");
    expect(error.location?.file).toBe("her-unclosed-tag.xml");
    expect(error.location?.line).toBeGreaterThan(1);
    expect(error.message).toMatch(/^her-unclosed-tag\.xml, line \d+: /);
  });

  it("names the vote and deputy of an unknown ballot code", () => {
    const error = caught(() => parseHerXml(fixtureFile("her-unknown-vote-code.xml")));

    expect(error.code).toBe("import_malformed");
    expect(error.message).toBe(
      'her-unknown-vote-code.xml, VotingResult number=4, Deputy id=2: unknown vote code "PRESENT"',
    );
  });

  it("refuses an encoding no decoder knows", () => {
    const error = caught(() => parseHerXml(fixtureFile("her-unknown-encoding.xml")));

    expect(error.code).toBe("import_encoding");
    expect(error.message).toMatch(/x-made-up-8/);
  });

  it("refuses a document with neither a session nor a vote", () => {
    const error = caught(() => parseHerXml({ name: "other.xml", content: "<Other/>" }));

    expect(error.message).toBe("other.xml, document: no <Session> or <VotingResult> root element");
  });

  it("names the vote whose time cannot be read", () => {
    const content =
      '<VotingResult number="3" time="yesterday"><Deputy id="1" vote="AYE"/></VotingResult>';

    const error = caught(() => parseHerXml({ name: "t.xml", content }));

    expect(error.message).toBe(
      't.xml, VotingResult number=3: time "yesterday" is not "DD.MM.YYYY HH:MM:SS"',
    );
  });
});

describe("parseHerXml on a deputy listed twice", () => {
  it("names the vote", () => {
    const deputy = '<Deputy id="1" vote="AYE"/>';
    const content = `<VotingResult number="2" time="12.03.2025 18:05">${deputy}${deputy}</VotingResult>`;

    const error = caught(() => parseHerXml({ name: "d.xml", content }));

    expect(error.message).toBe("d.xml, VotingResult number=2: Deputy id=1 appears twice");
  });
});

describe("parseMajority", () => {
  it("reads a share of those present and leaves unknown notations raw", () => {
    expect(parseMajority("3/5P")).toEqual({ raw: "3/5P", fraction: [3, 5], base: "present" });
    expect(parseMajority(" qualified ")).toEqual({ raw: "qualified" });
  });
});
