import iconv from "iconv-lite";

import { countOptions } from "./count-options";
import { ImportError } from "./import-error";
import { parsePragueCsv } from "./parse-prague-csv";
import { fixtureFile, pragueFiles } from "./test-inputs";

function caught(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

describe("parsePragueCsv on the published constitutive session", () => {
  const set = parsePragueCsv(pragueFiles());

  it("reads 47 vote events and 65 members", () => {
    expect(set.votes).toHaveLength(47);
    expect(set.members).toHaveLength(65);
    expect(set.date).toBe("2022-11-03");
  });

  it("gives every member an option in every vote", () => {
    for (const vote of set.votes) expect(Object.keys(vote.options)).toHaveLength(65);
  });

  it("reads the first vote as the failed test vote", () => {
    const [first] = set.votes;

    expect(first).toMatchObject({
      id: "58683",
      number: 1,
      title: "ZKUŠEBNÍ",
      published: "rejected",
    });
    expect(first?.time).toBeUndefined();
    expect(countOptions(first?.options ?? {})).toEqual({
      yes: 21,
      no: 10,
      abstain: 7,
      notVoting: 26,
      absent: 1,
    });
  });

  it("keeps absent and not voting apart across the session", () => {
    const all = set.votes.flatMap((vote) => Object.values(vote.options));

    expect(all.filter((o) => o === "absent")).toHaveLength(24);
    expect(all.filter((o) => o === "not_voting")).toHaveLength(107);
  });

  it("takes each member's club at the time of the vote from votes.csv", () => {
    const groups = new Set(set.members.map((m) => m.group));

    expect(groups).toEqual(new Set(["STAN", "ANO", "Piráti", "PRAHA SOBĚ", "SPOLU", "SPD"]));
    expect(set.members[0]).toEqual({ id: "6725", name: "Kateřina Arnotová", group: "STAN" });
    expect(set.members.find((m) => m.id === "6723")?.group).toBe("Piráti");
  });

  it("keeps a quoted title with commas and typographic quotes whole", () => {
    expect(set.votes[2]?.title).toMatch(/^ad hoc o změně Jednacího řádu .*Prahy'$/);
  });
});

describe("parsePragueCsv on odd but valid files", () => {
  const set = parsePragueCsv({
    voteEvents: fixtureFile("prague-odd-vote_events.csv"),
    votes: fixtureFile("prague-odd-votes.csv"),
  });

  it("copes with a BOM, CRLF, trailing commas and quoted fields", () => {
    expect(set.votes.map((v) => [v.id, v.title, v.published])).toEqual([
      ["901", 'Rozpočet, investice a "Sokol"', "adopted"],
      ["902", "Víceřádkový\r\nnázev", "rejected"],
    ]);
  });

  it("maps every option word and skips rows of events not in the events file", () => {
    expect(set.votes[1]?.options).toEqual({ "1": "yes", "2": "not_voting", "3": "absent" });
    expect(set.votes.map((v) => v.id)).not.toContain("999");
  });

  it("reads groups from votes.csv without voters.csv", () => {
    expect(set.members.map((m) => m.group)).toEqual(["NL", "NL", "ODS, TOP 09"]);
  });
});

describe("parsePragueCsv with voters.csv", () => {
  it("takes the group from voters.csv where votes.csv has no group column", () => {
    const votes = {
      name: "votes.csv",
      content: "vote_event_id,voter_id,voter_name,option\n901,7,Jan,yes\n",
    };
    const voters = { name: "voters.csv", content: "id,name,party,group\r\n7,Jan,ODS,SPOLU\r\n" };
    const voteEvents = {
      name: "vote_events.csv",
      content: "id,date,motion:result,motion:title\n901,2025-03-12,pass,Program\n",
    };

    const set = parsePragueCsv({ voteEvents, votes, voters });

    expect(set.members).toEqual([{ id: "7", name: "Jan", group: "SPOLU" }]);
  });
});

describe("parsePragueCsv on malformed files", () => {
  const events = fixtureFile("prague-odd-vote_events.csv");

  it("names file and line of an unknown option", () => {
    const error = caught(() =>
      parsePragueCsv({ voteEvents: events, votes: fixtureFile("prague-bad-option-votes.csv") }),
    );

    expect(error.code).toBe("import_malformed");
    expect(error.message).toBe('prague-bad-option-votes.csv, line 3: unknown option "maybe"');
  });

  it("names file and line of a row with too few fields", () => {
    const error = caught(() =>
      parsePragueCsv({
        voteEvents: fixtureFile("prague-short-row-vote_events.csv"),
        votes: fixtureFile("prague-odd-votes.csv"),
      }),
    );

    expect(error.code).toBe("import_malformed");
    expect(error.location).toEqual({ file: "prague-short-row-vote_events.csv", line: 3 });
  });

  it("reports an unclosed quote with its line", () => {
    const votes = {
      name: "votes.csv",
      content: 'vote_event_id,voter_id,voter_name,option\n901,1,"Jan\n',
    };

    const error = caught(() => parsePragueCsv({ voteEvents: events, votes }));

    expect(error.code).toBe("import_malformed");
    expect(error.message).toMatch(/^votes\.csv, line 2: .*Quote Not Closed/);
  });

  it("reports a missing column in the header", () => {
    const votes = { name: "votes.csv", content: "vote_event_id,voter_id,option\n" };

    const error = caught(() => parsePragueCsv({ voteEvents: events, votes }));

    expect(error.message).toBe("votes.csv, line 1: missing column(s) voter_name");
  });

  it("reports windows-1250 bytes instead of garbling them", () => {
    const text = "vote_event_id,voter_id,voter_name,option\n901,1,Šárka Říhová,yes\n";
    const votes = { name: "votes.csv", content: iconv.encode(text, "win1250") };

    const error = caught(() => parsePragueCsv({ voteEvents: events, votes }));

    expect(error.code).toBe("import_encoding");
    expect(error.location?.line).toBe(2);
  });

  it("reports a vote event that has no votes", () => {
    const votes = {
      name: "votes.csv",
      content: "vote_event_id,voter_id,voter_name,option\n901,1,Jan,yes\n",
    };

    const error = caught(() => parsePragueCsv({ voteEvents: events, votes }));

    expect(error.message).toMatch(/vote event 902 has no rows in votes\.csv/);
  });
});
