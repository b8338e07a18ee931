import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { demoCommand } from "../../bot/src/cli/demo-command";

describe("npm run demo", () => {
  it("plays the whole session and exports minutes, a delivered chat log and a verifying event log", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "council-demo-"));
    const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);

    const code = await demoCommand(["--out", out]).finally(() => write.mockRestore());

    expect(code).toBe(0);
    const minutes = fs.readFileSync(path.join(out, "minutes.md"), "utf8");
    expect(minutes).toContain(
      "Výsledek hlasování: pro 16, proti 4, zdržel se 3, nehlasoval 0, nepřítomen 0",
    );
    expect(minutes).toContain("Výsledek hlasování: pro 9, proti 11, zdržel se 3");
    expect(minutes).toContain("Návrh nebyl přijat");
    const verify = JSON.parse(fs.readFileSync(path.join(out, "verify.json"), "utf8"));
    expect(verify.ok).toBe(true);
    expect(minutes).toContain(verify.lastHash);
    const events = fs.readFileSync(path.join(out, "events.jsonl"), "utf8").trim().split("\n");
    expect(events.map((l) => JSON.parse(l).type)).toEqual(
      expect.arrayContaining([
        "quorum_lost",
        "session_closed",
        "conflict_declared",
        "agenda_approved",
      ]),
    );
    const chatCsv = fs.readFileSync(path.join(out, "chat-log.csv"), "utf8");
    expect(chatCsv).toContain("delivered");
    expect(chatCsv).not.toMatch(/,pending,/);
  });
});
