import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FakeVmix } from "../../../tests/fakes/fake-vmix";
import type { MappingCheck } from "../broadcast/broadcast-port";
import { broadcastCommand } from "./broadcast-command";
import type { CommandIo } from "./export-command";

const dir = mkdtempSync(path.join(tmpdir(), "broadcast-check-"));

function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIo = {
    env: { LOG_LEVEL: "silent", ...env },
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
  };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

function mappingFile(name: string, fake: FakeVmix | undefined, extra: object = {}): string {
  const file = path.join(dir, name);
  const switcher = {
    kind: "vmix",
    host: "127.0.0.1",
    httpPort: fake?.httpPort ?? 1,
    tcpPort: fake?.tcpPort ?? 1,
  };
  const mapping = {
    switcher,
    shots: {
      wide: { input: "PTZ - 1 WIDE" },
      podium: { input: "PTZ - 2 J & C WIDE" },
      chair: { input: "Kamera předsedající" },
    },
    graphics: {
      speaker: { input: "DONATE OVERLAY 2", overlay: 1, fields: { name: "Headline.Text" } },
    },
    ...extra,
  };
  writeFileSync(file, JSON.stringify(mapping));
  return file;
}

describe("broadcast check", () => {
  let fake: FakeVmix | undefined;

  afterEach(async () => {
    await fake?.stop();
    fake = undefined;
  });

  it("lists each mapped input and title field and exits 1 when one is missing", async () => {
    fake = await FakeVmix.start();
    const run = io();

    const code = await broadcastCommand(
      ["check", "--config", mappingFile("missing.json", fake)],
      run.io,
    );

    expect(code).toBe(1);
    const lines = run.out().split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^found {4}switcher .*vMix 25\.0\.0\.29 4K/),
        expect.stringMatching(/^found {4}shot wide .*PTZ - 1 WIDE .*input 13 \(Virtual\)/),
        expect.stringMatching(/^found {4}shot podium .*PTZ - 2 J & C WIDE/),
        expect.stringMatching(/^MISSING {2}shot chair .*Kamera předsedající .*no input/),
        expect.stringMatching(/^found {4}graphic speaker\.name .*Headline\.Text/),
        "1 missing of 7",
      ]),
    );
  });

  it("exits 0 when everything is found, camera presets included", async () => {
    fake = await FakeVmix.start({
      titles: { "d0dc7ed5-acbc-4bec-ab16-ee29f58a4a29": "Kamera předsedající" },
    });
    const run = io({ CAM1: "secret" });
    const file = mappingFile("complete.json", fake, {
      cameras: { cam1: { host: "127.0.0.1", username: "operator", passwordEnv: "CAM1" } },
      shots: {
        chair: { input: "Kamera předsedající", preset: { camera: "cam1", name: "starosta" } },
      },
    });
    let asked: unknown;
    let password: string | undefined;

    const code = await broadcastCommand(["check", "--config", file], run.io, {
      cameras: (_mapping, secrets) => {
        password = secrets.cameras["cam1"];
        return {
          verify: async (wanted): Promise<MappingCheck[]> => {
            asked = wanted;
            return [
              { what: "shot chair", target: 'preset "starosta" on camera cam1', found: true },
            ];
          },
        };
      },
    });

    expect(code).toBe(0);
    expect(asked).toEqual([{ camera: "cam1", preset: "starosta", shot: "chair" }]);
    expect(password).toBe("secret");
    expect(run.out()).toMatch(/found {4}preset shot chair +preset "starosta" on camera cam1\n/);
    expect(run.out()).toMatch(/all 6 found\n$/);
  });

  it("reports an unreachable switcher as missing", async () => {
    const run = io();

    const code = await broadcastCommand(
      ["check", "--config", mappingFile("down.json", undefined), "--timeout", "300"],
      run.io,
    );

    expect(code).toBe(1);
    expect(run.out()).toMatch(/^MISSING {2}switcher {2}vmix/m);
  });

  it("exits 2 on a mapping file with a problem, naming the path in the file", async () => {
    const file = path.join(dir, "bad.json");
    writeFileSync(file, JSON.stringify({ switcher: { kind: "vmix" }, shots: { chiar: {} } }));
    const run = io();

    expect(await broadcastCommand(["check", "--config", file], run.io)).toBe(2);
    expect(run.err()).toMatch(/bad\.json: shots\.chiar: must be chair, podium/);
  });

  it("exits 2 when a secret's variable is not set", async () => {
    const file = mappingFile("secret.json", undefined, {
      switcher: { kind: "obs", url: "ws://127.0.0.1:1", passwordEnv: "OBS_PASSWORD" },
      shots: { wide: { scene: "Celek" } },
      graphics: {},
    });
    const run = io();

    expect(await broadcastCommand(["check", "--config", file], run.io)).toBe(2);
    expect(run.err()).toMatch(/switcher\.passwordEnv names OBS_PASSWORD, which is not set/);
  });

  it("exits 2 on bad usage", async () => {
    const run = io();

    expect(await broadcastCommand(["check"], run.io)).toBe(2);
    expect(await broadcastCommand(["verify", "--config", "x.json"], run.io)).toBe(2);
    expect(await broadcastCommand(["check", "--config", "x", "--bogus"], run.io)).toBe(2);
    expect(run.err()).toMatch(/Usage: broadcast check --config FILE/);
  });
});
