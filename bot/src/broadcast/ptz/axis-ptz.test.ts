import pino from "pino";
import { FakeAxis } from "../../../../tests/fakes/fake-axis";
import { AxisPtz } from "./axis-ptz";
import { parsePresetList } from "./parse-preset-list";

const silent = pino({ level: "silent" });

describe("AxisPtz", () => {
  let camera: FakeAxis;

  beforeEach(async () => {
    camera = await FakeAxis.start({
      username: "operator",
      password: "tajné:heslo",
      presets: ["Předsednictvo", "Řečnický pult", "Celek"],
    });
  });

  afterEach(() => camera.close());

  const ptz = (password = "tajné:heslo") =>
    new AxisPtz({
      cameras: {
        cam1: { host: "127.0.0.1", port: camera.port, protocol: "http", username: "operator" },
      },
      passwords: { cam1: password },
      logger: silent,
    });

  it("moves the camera to a named preset with digest authentication", async () => {
    await ptz().gotoPreset("cam1", "Řečnický pult");

    expect(camera.moves).toEqual(["Řečnický pult"]);
    expect(camera.calls.map((c) => c.authorized)).toEqual([false, true]);
    expect(camera.calls[1]?.query).toEqual({ camera: "1", gotoserverpresetname: "Řečnický pult" });
  });

  it("lists the camera's presets", async () => {
    expect(await ptz().presets("cam1")).toEqual(["Předsednictvo", "Řečnický pult", "Celek"]);
  });

  it("checks the mapped presets against the camera's list", async () => {
    const checks = await ptz().verify([
      { camera: "cam1", preset: "Předsednictvo", shot: "chair" },
      { camera: "cam1", preset: "Sál zleva", shot: "wide" },
    ]);

    expect(checks).toEqual([
      { what: "shot chair", target: 'preset "Předsednictvo" on camera cam1', found: true },
      { what: "shot wide", target: 'preset "Sál zleva" on camera cam1', found: false },
    ]);
  });

  it("refuses a preset the camera does not have once its list is known, without sending it", async () => {
    const controller = ptz();
    await controller.presets("cam1");
    const before = camera.calls.length;

    await expect(controller.gotoPreset("cam1", "Sál zleva")).rejects.toThrow(
      /no preset "Sál zleva"/,
    );
    expect(camera.calls.length).toBe(before);
  });

  it("reports the camera's error for an unknown preset when it has not listed them yet", async () => {
    await expect(ptz().gotoPreset("cam1", "Sál zleva")).rejects.toThrow(/Error: unknown preset/);
  });

  it("says when the camera refuses the login", async () => {
    await expect(ptz("špatně").presets("cam1")).rejects.toThrow(/refused the login/);
  });

  it("reports a camera that cannot be reached in the check instead of failing it", async () => {
    const port = camera.port;
    await camera.close();
    const controller = new AxisPtz({
      cameras: { cam1: { host: "127.0.0.1", port, protocol: "http" } },
      passwords: {},
      logger: silent,
      timeoutMs: 500,
    });

    const [check] = await controller.verify([{ camera: "cam1", preset: "Celek", shot: "wide" }]);

    expect(check).toMatchObject({
      found: false,
      detail: expect.stringMatching(/cannot be reached/),
    });
    camera = await FakeAxis.start({ username: "x", password: "y", presets: [] });
  });
});

describe("parsePresetList", () => {
  it("reads presets in number order and skips other lines", () => {
    expect(parsePresetList("Presets:\r\npresetposno2=Pult\r\npresetposno1=Celek\r\n")).toEqual([
      "Celek",
      "Pult",
    ]);
  });
});
