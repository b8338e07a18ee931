import pino from "pino";
import { FakeObs } from "../../../../tests/fakes/fake-obs";
import { BroadcastUnavailable } from "../broadcast-port";
import type { SwitcherState } from "../broadcast-port";
import { obsMapping, obsScenes } from "../director/broadcast-session.fixture";
import { ObsAdapter } from "./obs-adapter";

const silent = pino({ level: "silent" });
const PASSWORD = "heslo-Žluťoučký";
const timing = { requestTimeoutMs: 1000, minBackoffMs: 20, maxBackoffMs: 100 };

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("ObsAdapter", () => {
  let obs: FakeObs;
  let adapter: ObsAdapter | undefined;

  beforeEach(async () => {
    obs = await FakeObs.start({ password: PASSWORD, ...obsScenes });
  });

  afterEach(async () => {
    await adapter?.close();
    adapter = undefined;
    await obs.close();
  });

  function connectAdapter(password = PASSWORD, mappingOverrides = {}): ObsAdapter {
    adapter = new ObsAdapter({
      mapping: obsMapping(obs.url, mappingOverrides),
      password,
      logger: silent,
      timing,
    });
    return adapter;
  }

  it("logs in with the salted challenge and reads the state", async () => {
    const a = connectAdapter();

    await a.connect();

    expect(obs.identifications).toBe(1);
    expect(a.state()).toMatchObject({ connected: true, program: "wide" });
  });

  it("says the password is wrong and keeps trying", async () => {
    const a = connectAdapter("špatné heslo");

    await expect(a.connect()).rejects.toThrow(/refused the password/);
    await until(() => obs.authFailures >= 2);
    expect(a.state().connected).toBe(false);
  });

  it("switches scenes, fills text sources and shows the graphic's scene item", async () => {
    const a = connectAdapter();
    await a.connect();

    await a.take("podium");
    await a.setGraphic("speaker", {
      name: "Ing. Jana Nováková",
      group: "ODS & TOP 09",
      role: "x",
      extra: "y",
    });
    await a.showGraphic("speaker", true);

    expect(obs.programScene).toBe("Řečnický pult");
    expect(obs.inputText.get("Jméno")).toBe("Ing. Jana Nováková");
    expect(obs.inputText.get("Klub")).toBe("ODS & TOP 09");
    expect(obs.itemEnabled("Grafika", "Jmenovka")).toBe(true);
    expect(obs.requestsOf("SetInputSettings")).toHaveLength(3);
    expect(a.state().graphicsOn.speaker).toBe(true);
  });

  it("takes through preview and OBS's transition in studio mode", async () => {
    await obs.close();
    obs = await FakeObs.start({ password: PASSWORD, studioMode: true, ...obsScenes });
    const a = connectAdapter();
    await a.connect();

    await a.take("chair");

    expect(obs.requests.slice(-2).map((r) => r.requestType)).toEqual([
      "SetCurrentPreviewScene",
      "TriggerStudioModeTransition",
    ]);
    expect(obs.programScene).toBe("Předsedající");
  });

  it("starts and stops the recording and the stream explicitly, never twice", async () => {
    const a = connectAdapter();
    await a.connect();

    await a.setRecording(true);
    await a.setRecording(true);
    await a.setStreaming(true);
    await a.setStreaming(false);

    expect(obs.requestsOf("StartRecord")).toHaveLength(1);
    expect(obs.recording.active).toBe(true);
    expect(obs.requestsOf("StopStream")).toHaveLength(1);
    await until(() => a.state().recording.active);
  });

  it("marks a chapter with the recording offset, writing it into the recording where OBS can", async () => {
    await obs.close();
    obs = await FakeObs.start({ password: PASSWORD, chapters: true, ...obsScenes });
    const a = connectAdapter();
    await a.connect();
    await a.setRecording(true);
    await new Promise((resolve) => setTimeout(resolve, 30));

    const mark = await a.mark("2. Rozpočet města");

    expect(mark.recordingMs).toBeGreaterThanOrEqual(30);
    expect(mark.streamMs).toBeUndefined();
    expect(obs.recordChapters).toEqual(["2. Rozpočet města"]);
  });

  it("marks without a recording chapter where OBS has no CreateRecordChapter", async () => {
    const a = connectAdapter();
    await a.connect();
    await a.setRecording(true);

    await a.mark("2. Rozpočet");

    expect(obs.requestsOf("CreateRecordChapter")).toHaveLength(0);
  });

  it("fails calls at once while OBS is down and reconnects by itself when it is back", async () => {
    const a = connectAdapter();
    await a.connect();
    const seen: boolean[] = [];
    a.onChange((s: SwitcherState) => seen.push(s.connected));

    await obs.goDown();
    await until(() => !a.state().connected);
    await expect(a.take("wide")).rejects.toBeInstanceOf(BroadcastUnavailable);
    await obs.comeBack();
    await until(() => a.state().connected);

    await a.take("chair");
    expect(obs.programScene).toBe("Předsedající");
    expect(obs.identifications).toBe(2);
    expect(seen).toContain(false);
  });

  it("gives up on a request OBS never answers and starts a fresh connection", async () => {
    const a = connectAdapter();
    await a.connect();
    obs.stall("SetCurrentProgramScene");

    await expect(a.take("chair")).rejects.toBeInstanceOf(BroadcastUnavailable);
    await until(() => obs.identifications === 2 && a.state().connected);

    await a.take("chair");
    expect(obs.programScene).toBe("Předsedající");
  });

  it("lists every mapped scene, scene item and text source, found or missing", async () => {
    const a = connectAdapter(PASSWORD, {
      shots: { wide: { scene: "Celek sálu" }, podium: { scene: "Pult (chybí)" } },
      remotes: {},
    });
    await a.connect();

    const checks = await a.check();

    expect(checks).toContainEqual({ what: "shot wide", target: 'scene "Celek sálu"', found: true });
    expect(checks).toContainEqual({
      what: "shot podium",
      target: 'scene "Pult (chybí)"',
      found: false,
    });
    expect(checks).toContainEqual({
      what: "graphic speaker",
      target: 'scene item "Jmenovka" in "Grafika"',
      found: true,
    });
    expect(checks.filter((c) => !c.found)).toHaveLength(1);
  });
});
