import pino from "pino";
import { FakeAxis } from "../../../../tests/fakes/fake-axis";
import { FakeVmix } from "../../../../tests/fakes/fake-vmix";
import { VmixAdapter } from "../vmix/vmix-adapter";
import {
  CouncilRun,
  councilInputs,
  keys,
  SESSION_ID,
  vmixMapping,
} from "./broadcast-session.fixture";
import type { Broadcast } from "./start-broadcast";
import { startBroadcast } from "./start-broadcast";

/*
 * The session drives a (fake) vMix end to end: SessionService → director → vMix adapter over
 * the TCP API → the fake vMix serving a real corpus document, with replies cut into random
 * packets, Czech titles, an NDI input for a remote councillor and an Axis camera.
 */

const silent = pino({ level: "silent" });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, done: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe("the session driving vMix", () => {
  let vmix: FakeVmix;
  let camera: FakeAxis;
  let broadcast: Broadcast | undefined;

  beforeEach(async () => {
    vmix = await FakeVmix.start({
      inputs: councilInputs,
      titles: {
        [keys.wide]: "Celek sálu",
        [keys.chair]: "Předsedající",
        [keys.podium]: "Řečnický pult",
      },
      chunking: "random",
      seed: 7,
    });
    camera = await FakeAxis.start({
      username: "operator",
      password: "kamera-heslo",
      presets: ["Předsednictvo", "Celek"],
    });
  });

  afterEach(async () => {
    await broadcast?.close();
    broadcast = undefined;
    await vmix.stop();
    await camera.close();
  });

  /** A session clock one minute per command, so the chapters look like a real evening. */
  function council(): CouncilRun {
    let t = Date.parse("2025-03-12T17:00:00.000Z");
    return new CouncilRun(() => new Date((t += 60_000)));
  }

  function start(run: CouncilRun): Broadcast {
    const mapping = vmixMapping({
      switcher: { kind: "vmix", host: "127.0.0.1", httpPort: vmix.httpPort, tcpPort: vmix.tcpPort },
      cameras: {
        cam1: { host: "127.0.0.1", port: camera.port, username: "operator", passwordEnv: "CAM1" },
      },
    });
    const adapter = new VmixAdapter({
      mapping,
      logger: silent,
      timing: { minBackoffMs: 50, maxBackoffMs: 200, requestTimeoutMs: 1000 },
      pollMs: 200,
      replayOnReconnect: false,
    });
    broadcast = startBroadcast({
      mapping,
      sessions: run.sessions,
      logger: silent,
      env: { CAM1: "kamera-heslo" },
      adapter,
      director: { retryMs: { first: 50, max: 200 }, stepTimeoutMs: 2000, tallyIntervalMs: 50 },
    });
    return broadcast;
  }

  const settled = async (b: Broadcast) => {
    await until("the link", () => b.status().link === "connected");
    await b.director.idle();
  };
  const texts = (field: string) =>
    vmix
      .callsOf("SetText")
      .filter((c) => c.params.SelectedName === field)
      .map((c) => c.params.Value);
  const cuts = () => vmix.callsOf("CutDirect").map((c) => c.params.Input);

  it("puts titles with diacritics, shots following the floor and chapter marks on air", async () => {
    const run = council();
    const b = start(run);
    await settled(b);
    await b.adapter.setRecording(true);

    await run.open();
    await run.run({ type: "start_item", itemId: "item-2" });
    // Each speech lasts minutes in a real session: let the switcher follow each step.
    for (const memberId of ["m2", "m3", "m1"]) {
      await run.speak(memberId);
      await settled(b);
      await run.run({ type: "end_floor" });
      await settled(b);
    }
    await run.vote({ m1: "yes", m2: "yes", m3: "yes", m4: "no" });
    await run.run({ type: "end_item", itemId: "item-2" });
    await run.run({ type: "start_item", itemId: "item-3" });
    await settled(b);

    expect(texts("Jméno.Text")).toEqual([
      "Mgr. Petr Dvořák, Ph.D.",
      "Zdeněk Černý",
      "Ing. Jana Nováková",
    ]);
    expect(texts("Klub.Text")[0]).toBe("ODS & TOP 09");
    expect(vmix.state.text(keys.agenda, "Název.Text")).toBe("Různé");
    expect(texts("Název.Text")).toEqual(["Rozpočet města na rok 2025", "Různé"]);
    expect(texts("Výsledek.Text")).toContain("PŘIJATO");
    expect(vmix.callsOf("NDISelectSourceByName")[0]?.params.Value).toBe(
      "REZIE (MS Teams - Zdeněk Černý)",
    );
    expect(cuts()).toEqual([keys.podium, keys.wide, keys.remote, keys.wide, keys.chair, keys.wide]);
    expect(camera.moves).toEqual(["Předsednictvo"]);

    const chapters = b.chapters(SESSION_ID)?.entries() ?? [];
    expect(chapters.map((c) => c.itemId)).toEqual(["item-1", "item-2", "item-3"]);
    const offsets = chapters.map((c) => c.recordingMs ?? -1);
    expect(offsets.every((ms, i) => ms >= 0 && ms >= (offsets[i - 1] ?? 0))).toBe(true);
    const files = b.chapterFiles(SESSION_ID, {
      timeline: { kind: "wallClock", startedAt: "2025-03-12T17:00:00.000Z" },
    });
    expect(files).toMatchObject({ ok: true, youtube: { ok: true } });
    if (files?.ok) {
      expect(files.youtube.text.split("\n")[0]).toMatch(/^0:00 /);
      expect(files.webVtt.startsWith("WEBVTT\n\n1\n00:")).toBe(true);
    }
  });

  it("goes on untouched while vMix is down and resyncs the titles when it is back", async () => {
    const run = council();
    const b = start(run);
    await settled(b);
    await run.open();
    await run.run({ type: "start_item", itemId: "item-2" });
    await run.speak("m2");
    await settled(b);

    await vmix.stop();
    await until("the link to drop", () => b.status().link === "reconnecting");
    const seqBefore = run.sessions.get(SESSION_ID)?.seq ?? 0;
    await toggleAttendance(run, 20);
    await run.run({ type: "end_floor" });
    await run.speak("m4");
    await run.run({ type: "open_vote" });
    vmix.calls.length = 0;
    await vmix.start({ fresh: true });
    await settled(b);
    await sleep(300);
    await b.director.idle();

    expect(run.sessions.get(SESSION_ID)?.seq).toBeGreaterThanOrEqual(seqBefore + 20);
    expect(vmix.state.text(keys.speaker, "Jméno.Text")).toBe("Marie Šťastná");
    expect(vmix.state.text(keys.agenda, "Název.Text")).toBe("Rozpočet města na rok 2025");
    expect(vmix.state.text(keys.result, "Výsledek.Text")).toBe("HLASUJE SE");
    expect(cuts()).toEqual([keys.podium]);
    // Only the current picture goes on air after the restart: no title from before the outage.
    expect(texts("Jméno.Text")).toEqual(["Marie Šťastná"]);
    expect(texts("Výsledek.Text").at(-1)).toBe("HLASUJE SE");
    expect(b.status()).toMatchObject({ link: "connected", queueLength: 0 });
  });
});

/** Runs `n` commands that do not touch the broadcast (attendance toggles). */
async function toggleAttendance(run: CouncilRun, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const mode = i % 2 === 0 ? "absent" : "room";
    await run.run({ type: "record_attendance", memberId: "m5", mode });
  }
}
