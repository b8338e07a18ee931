import { ImportError } from "./import-error";
import { readPublishedVotes } from "./read-published-votes";
import { corpusPath, VSETIN_SESSION } from "./test-inputs";

describe("readPublishedVotes", () => {
  it("reads an H.E.R. export from one .xml file", () => {
    const set = readPublishedVotes([corpusPath(VSETIN_SESSION)]);

    expect(set.votes).toHaveLength(16);
  });

  it("tells the Prague files apart by their headers, in any order", () => {
    const set = readPublishedVotes([
      corpusPath("praha_2022-2026_voters.csv"),
      corpusPath("praha_2022-11-03_votes.csv"),
      corpusPath("praha_2022-11-03_vote_events.csv"),
    ]);

    expect(set.votes).toHaveLength(47);
    expect(set.members).toHaveLength(65);
  });

  it("refuses a votes file without its vote events", () => {
    const run = () => readPublishedVotes([corpusPath("praha_2022-11-03_votes.csv")]);

    expect(run).toThrow(ImportError);
    expect(run).toThrow(/need vote_events\.csv and votes\.csv/);
  });

  it("names a file that cannot be read", () => {
    const run = () => readPublishedVotes(["/nonexistent/votes.xml"]);

    expect(run).toThrow("/nonexistent/votes.xml: cannot read (ENOENT)");
  });
});
