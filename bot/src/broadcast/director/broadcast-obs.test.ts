import pino from "pino";
import { FakeObs } from "../../../../tests/fakes/fake-obs";
import { ObsAdapter } from "../obs/obs-adapter";
import { CouncilRun, SESSION_ID, obsMapping, obsScenes } from "./broadcast-session.fixture";
import type { Broadcast } from "./start-broadcast";
import { startBroadcast } from "./start-broadcast";

/*
 * The same session on OBS: SessionService → director → OBS adapter over obs-websocket v5 →
 * the fake OBS, with a password, chapters written into the recording, and OBS restarted
 * mid-session.
 */

const silent = pino({ level: "silent" });
const PASSWORD = "Přístupové heslo";

async function until(what: string, done: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the session driving OBS", () => {
  let obs: FakeObs;
  let broadcast: Broadcast | undefined;

  beforeEach(async () => {
    obs = await FakeObs.start({ password: PASSWORD, chapters: true, ...obsScenes });
  });

  afterEach(async () => {
    await broadcast?.close();
    broadcast = undefined;
    await obs.close();
  });

  function start(run: CouncilRun): Broadcast {
    const mapping = obsMapping(obs.url);
    const adapter = new ObsAdapter({
      mapping,
      password: PASSWORD,
      logger: silent,
      timing: { minBackoffMs: 30, maxBackoffMs: 150, requestTimeoutMs: 1000 },
    });
    broadcast = startBroadcast({
      mapping,
      sessions: run.sessions,
      logger: silent,
      adapter,
      director: { retryMs: { first: 50, max: 200 }, tallyIntervalMs: 50 },
    });
    return broadcast;
  }

  const settled = async (b: Broadcast) => {
    await until("the link", () => b.status().link === "connected");
    await b.director.idle();
  };
  const scenes = () =>
    obs.requestsOf("SetCurrentProgramScene").map((r) => r.requestData?.sceneName);

  it("switches scenes with the floor, fills the text sources and writes chapters", async () => {
    const run = new CouncilRun();
    const b = start(run);
    await settled(b);
    await b.adapter.setRecording(true);

    await run.open();
    await run.run({ type: "start_item", itemId: "item-2" });
    await run.speak("m2");
    await settled(b);
    expect(obs.inputText.get("Jméno")).toBe("Mgr. Petr Dvořák, Ph.D.");
    expect(obs.itemEnabled("Grafika", "Jmenovka")).toBe(true);

    await run.run({ type: "end_floor" });
    await settled(b);
    await run.speak("m3");
    await settled(b);
    await run.run({ type: "end_floor" });
    await run.vote({ m1: "yes", m2: "yes", m3: "no", m4: "yes" });
    await settled(b);

    expect(scenes()).toEqual(["Řečnický pult", "Celek sálu", "Host 1", "Celek sálu"]);
    expect(obs.itemEnabled("Grafika", "Jmenovka")).toBe(false);
    expect(obs.inputText.get("Název bodu")).toBe("Rozpočet města na rok 2025");
    expect(obs.inputText.get("Výsledek hlasování")).toBe("PŘIJATO · pro 3 · proti 1 · zdržel se 0");
    expect(obs.recordChapters).toEqual([
      "1. Zahájení a schválení programu",
      "2. Rozpočet města na rok 2025",
    ]);
    expect(
      b
        .chapters(SESSION_ID)
        ?.entries()
        .every((c) => c.recordingMs !== undefined),
    ).toBe(true);

    await until("the result to go off", () => !obs.itemEnabled("Grafika", "Výsledek"), 3000);
  });

  it("keeps the session going while OBS restarts and puts the current titles back", async () => {
    const run = new CouncilRun();
    const b = start(run);
    await settled(b);
    await run.open();
    await run.run({ type: "start_item", itemId: "item-2" });
    await run.speak("m2");
    await settled(b);

    await obs.goDown();
    await until("the link to drop", () => b.status().link === "reconnecting");
    await run.run({ type: "end_floor" });
    await run.speak("m1");
    const before = obs.requests.length;
    await obs.comeBack();
    await settled(b);

    expect(obs.identifications).toBe(2);
    const after = obs.requests.slice(before);
    expect(after.filter((r) => r.requestType === "SetCurrentProgramScene")).toEqual([
      { requestType: "SetCurrentProgramScene", requestData: { sceneName: "Předsedající" } },
    ]);
    expect(obs.inputText.get("Jméno")).toBe("Ing. Jana Nováková");
    expect(obs.inputText.get("Funkce")).toBe("předsedající");
    expect(obs.itemEnabled("Grafika", "Jmenovka")).toBe(true);
  });
});
