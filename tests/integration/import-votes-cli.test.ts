import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { importVotesCommand } from "../../bot/src/cli/import-votes-command";

const corpus = path.resolve(__dirname, "../../../shared/corpus/council-votes");

/** Runs the command in-process with its own data folder, capturing what it prints. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- printed JSON lines are read loosely
type Line = any;

async function run(args: string[]): Promise<{ code: number; lines: Line[]; err: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "council-import-"));
  const before = process.env.DATA_DIR;
  process.env.DATA_DIR = dataDir;
  let out = "";
  let err = "";
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((s) => ((out += s), true));
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((s) => ((err += s), true));
  try {
    const code = await importVotesCommand(args);
    return {
      code,
      lines: out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
      err,
    };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.env.DATA_DIR = before;
  }
}

describe("council import-votes", () => {
  it("prints one line per Prague vote and a summary in which all 47 agree", async () => {
    const files = ["praha_2022-11-03_vote_events.csv", "praha_2022-11-03_votes.csv"];

    const { code, lines } = await run([
      "--format",
      "popolo-csv",
      ...files.map((f) => path.join(corpus, f)),
    ]);

    expect(code).toBe(0);
    expect(lines).toHaveLength(48);
    expect(Object.keys(lines[0])).toEqual([
      "id",
      "title",
      "yes",
      "no",
      "abstain",
      "notVoting",
      "absent",
      "result",
      "published",
    ]);
    expect(lines.at(-1)).toEqual({ votes: 47, agree: 47, disagree: 0 });
  });

  it("computes every Vsetín result and says none was published", async () => {
    const file = path.join(corpus, "vsetin_2014-11-06_session201401_full_index.xml");

    const { code, lines, err } = await run(["--format", "her-xml", file]);

    expect(code).toBe(0);
    expect(lines.slice(0, -1).every((l) => l.result === "adopted" || l.result === "rejected")).toBe(
      true,
    );
    expect(lines.at(-1)).toEqual({ votes: 16, agree: 0, disagree: 0 });
    expect(err).toContain("16 of 16 votes have no published result");
  });

  it("reads windows-1250 CSV files when told their encoding", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "council-1250-"));
    const files = ["praha_2022-11-03_vote_events.csv", "praha_2022-11-03_votes.csv"].map((f) => {
      const target = path.join(dir, f);
      const text = fs.readFileSync(path.join(corpus, f), "utf8");
      fs.writeFileSync(target, iconv.encode(text, "windows-1250"));
      return target;
    });

    const { lines } = await run(["--format", "popolo-csv", "--encoding", "windows-1250", ...files]);

    expect(lines.at(-1)).toEqual({ votes: 47, agree: 47, disagree: 0 });
    expect(lines[1].title).toBe("složení návrhového a volebního výboru");
  });

  it("exits 1 when a recomputed result disagrees with the published one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "council-flip-"));
    const events = fs
      .readFileSync(path.join(corpus, "praha_2022-11-03_vote_events.csv"), "utf8")
      .replace("58685,2022-11-03,pass", "58685,2022-11-03,fail");
    fs.writeFileSync(path.join(dir, "vote_events.csv"), events);

    const { code, lines } = await run([
      "--format",
      "popolo-csv",
      path.join(dir, "vote_events.csv"),
      path.join(corpus, "praha_2022-11-03_votes.csv"),
    ]);

    expect(code).toBe(1);
    expect(lines.at(-1)).toEqual({ votes: 47, agree: 46, disagree: 1 });
  });
});
