import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { demoCommand } from "../../bot/src/cli/demo-command";
import {
  councilInputs,
  councilTitles,
  keys,
} from "../../bot/src/broadcast/director/broadcast-session.fixture";
import { FakeVmix } from "../fakes/fake-vmix";

/** The broadcast mapping of the demo council for a fake vMix on the given ports. */
function mappingFile(vmix: FakeVmix): string {
  const mapping = {
    switcher: { kind: "vmix", host: "127.0.0.1", httpPort: vmix.httpPort, tcpPort: vmix.tcpPort },
    shots: {
      wide: { input: "Celek sálu" },
      chair: { input: "Předsedající" },
      podium: { input: "Řečnický pult" },
      "remote.1": { input: "REMOTE 1", ndi: true },
    },
    graphics: {
      speaker: {
        input: "Jmenovka",
        overlay: 1,
        fields: { name: "Jméno.Text", group: "Klub.Text", role: "Funkce.Text" },
      },
      agendaItem: { input: "Bod programu", overlay: 2, fields: { title: "Název.Text" } },
      voteResult: { input: "Výsledek", overlay: 3, fields: { result: "Výsledek.Text" } },
    },
    remotes: { m22: "remote.1" },
    ndiSourceTemplate: "REZIE (MS Teams - {name})",
    resultHoldSeconds: 1,
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "council-map-")), "vmix.json");
  fs.writeFileSync(file, JSON.stringify(mapping));
  return file;
}

describe("npm run demo with a fake vMix attached", () => {
  let vmix: FakeVmix;
  const before = process.env.BROADCAST_CONFIG;

  beforeAll(async () => {
    vmix = await FakeVmix.start({
      inputs: councilInputs,
      titles: councilTitles,
      chunking: "random",
      seed: 3,
    });
    process.env.BROADCAST_CONFIG = mappingFile(vmix);
  });
  afterAll(async () => {
    process.env.BROADCAST_CONFIG = before;
    await vmix.stop();
  });

  it("puts the demo's items, speakers and results on air with their diacritics", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "council-demo-vmix-"));
    const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);

    const code = await demoCommand(["--out", out, "--pace", "20"]).finally(() =>
      write.mockRestore(),
    );

    expect(code).toBe(0);
    const texts = (field: string) =>
      vmix
        .callsOf("SetText")
        .filter((c) => c.params.SelectedName === field)
        .map((c) => c.params.Value);
    expect(texts("Název.Text")).toContain("Rozpočet obce Čerčany na rok 2020.");
    expect(texts("Jméno.Text").some((name) => /[ěščřžýáíéůú]/i.test(name ?? ""))).toBe(true);
    expect(texts("Výsledek.Text").some((v) => /^(PŘIJATO|NEPŘIJATO)/.test(v ?? ""))).toBe(true);
    const cuts = vmix.callsOf("CutDirect").map((c) => c.params.Input);
    expect(cuts).toContain(keys.podium);
    expect(cuts).toContain(keys.wide);
  });
});
