import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { BroadcastMappingError } from "./broadcast-mapping-error";
import { loadBroadcastMapping } from "./load-broadcast-mapping";
import { ndiSourceName } from "./ndi-source-name";
import { formatPath, parseBroadcastMapping } from "./parse-broadcast-mapping";

const examples = path.resolve(__dirname, "../../../../examples");

function problemsOf(document: unknown): string[] {
  try {
    parseBroadcastMapping(document, "mapping.json");
  } catch (error) {
    if (error instanceof BroadcastMappingError) {
      return error.problems.map((p) => `${p.path}: ${p.message}`);
    }
    throw error;
  }
  return [];
}

const vmix = { kind: "vmix" };

describe("parseBroadcastMapping", () => {
  it("loads both example files", async () => {
    const vmixMapping = await loadBroadcastMapping(path.join(examples, "broadcast-vmix.json"));
    const obsMapping = await loadBroadcastMapping(path.join(examples, "broadcast-obs.json"));

    expect(vmixMapping.switcher).toEqual({
      kind: "vmix",
      host: "127.0.0.1",
      httpPort: 8088,
      tcpPort: 8099,
      functions: "tcp",
    });
    expect(vmixMapping.shots["remote.1"]).toEqual({ input: "REMOTE 1", ndi: true });
    expect(vmixMapping.graphics.speaker?.fields["name"]).toBe("Jmeno.Text");
    expect(obsMapping.switcher.kind).toBe("obs");
    expect(obsMapping.shots["chair"]?.scene).toBe("Předsedající");
  });

  it("fills the defaults of a minimal file", () => {
    const mapping = parseBroadcastMapping(
      { switcher: vmix, shots: { wide: { input: "Celek" } } },
      "m.json",
    );

    expect(mapping.switcher).toMatchObject({ host: "127.0.0.1", httpPort: 8088, tcpPort: 8099 });
    expect(mapping.graphics).toEqual({});
    expect(mapping.remotes).toEqual({});
    expect(mapping.resultHoldSeconds).toBe(15);
    expect(mapping.ndiSourceTemplate).toBe("{name}");
  });

  it("names the path of each problem", () => {
    const problems = problemsOf({
      switcher: vmix,
      shots: { "seat.12": { scene: "Sál" }, chiar: { input: "A" } },
      graphics: { speaker: { input: "Jmenovka", fields: { name: "Jmeno.Text" } } },
      resultHoldSeconds: -1,
    });

    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^shots\.chiar: must be chair, podium/),
        expect.stringMatching(/^resultHoldSeconds: /),
      ]),
    );
  });

  it("asks a vmix shot for an input and an obs shot for a scene", () => {
    expect(problemsOf({ switcher: vmix, shots: { "seat.12": { scene: "Sál" } } })).toEqual([
      'shots["seat.12"].input: a vmix shot needs the input key or title',
      'shots["seat.12"].scene: scene is for an obs switcher; use input',
    ]);
    expect(
      problemsOf({ switcher: { kind: "obs", url: "ws://127.0.0.1:4455" }, shots: { wide: {} } }),
    ).toEqual(["shots.wide.scene: an obs shot needs the scene name"]);
  });

  it("asks a vmix graphic for its title input and overlay channel", () => {
    const problems = problemsOf({
      switcher: vmix,
      shots: {},
      graphics: { speaker: { input: "Jmenovka", fields: { name: "Jmeno.Text" } } },
    });

    expect(problems).toEqual(["graphics.speaker.overlay: a vmix graphic needs overlay"]);
  });

  it("refuses a password written into the file", () => {
    const problems = problemsOf({
      switcher: { kind: "obs", url: "ws://127.0.0.1:4455", password: "tajne" },
      shots: {},
    });

    expect(problems).toEqual([expect.stringMatching(/^switcher\.password: .*passwordEnv/)]);
  });

  it("refuses a preset on an unknown camera and a remote that is not a remote shot", () => {
    const problems = problemsOf({
      switcher: vmix,
      shots: { chair: { input: "A", preset: { camera: "cam9", name: "x" } }, wide: { input: "B" } },
      remotes: { "m-1": "wide", "m-2": "remote.4" },
    });

    expect(problems).toEqual([
      'shots.chair.preset.camera: camera "cam9" is not configured in "cameras"',
      'remotes["m-1"]: "wide" is not a remote.<n> shot mapped in "shots"',
      'remotes["m-2"]: "remote.4" is not a remote.<n> shot mapped in "shots"',
    ]);
  });

  it("refuses an unknown graphic slot and an unknown field", () => {
    const problems = problemsOf({
      switcher: vmix,
      shots: {},
      graphics: { logo: { input: "L", overlay: 1, fields: {} } },
      extra: true,
    });

    expect(problems.some((p) => p.startsWith("graphics"))).toBe(true);
    expect(problems.some((p) => p.includes("extra"))).toBe(true);
  });
});

describe("loadBroadcastMapping", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "mapping-"));

  it("names the file when it is missing or not JSON", async () => {
    const broken = path.join(dir, "broken.json");
    writeFileSync(broken, '{ "switcher": ');

    await expect(loadBroadcastMapping(path.join(dir, "none.json"))).rejects.toThrow(/none\.json/);
    await expect(loadBroadcastMapping(broken)).rejects.toThrow(/broken\.json: not valid JSON/);
  });
});

describe("formatPath", () => {
  it("quotes keys that are not identifiers", () => {
    expect(formatPath(["shots", "seat.12", "preset", "camera"])).toBe(
      'shots["seat.12"].preset.camera',
    );
    expect(formatPath(["a", 0, "b"])).toBe("a[0].b");
  });
});

describe("ndiSourceName", () => {
  it("puts the display name into the template", () => {
    expect(ndiSourceName({ ndiSourceTemplate: "REZIE-PC (MS Teams - {name})" }, "Jan Novák")).toBe(
      "REZIE-PC (MS Teams - Jan Novák)",
    );
  });
});
