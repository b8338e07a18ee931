import pino from "pino";
import type { PtzController } from "../broadcast-port";
import type { BroadcastMapping } from "../mapping/broadcast-mapping";
import { BroadcastDirector } from "./broadcast-director";
import type { BroadcastStatus } from "./broadcast-status";
import { CouncilRun, SESSION_ID, vmixMapping } from "./broadcast-session.fixture";
import { RecordingSwitcher } from "./recording-switcher.fixture";

const silent = pino({ level: "silent" });

interface Rig {
  council: CouncilRun;
  switcher: RecordingSwitcher;
  director: BroadcastDirector;
  ptzCalls: string[];
}

async function rig(mapping: BroadcastMapping = vmixMapping(), tallyIntervalMs = 0): Promise<Rig> {
  const council = new CouncilRun();
  const switcher = new RecordingSwitcher();
  const ptzCalls: string[] = [];
  const ptz: PtzController = {
    gotoPreset: async (camera, preset) => void ptzCalls.push(`${camera}:${preset}`),
    presets: async () => [],
  };
  const director = new BroadcastDirector({
    adapter: switcher,
    mapping,
    sessions: council.sessions,
    logger: silent,
    ptz,
    tallyIntervalMs,
    retryMs: { first: 20, max: 50 },
  });
  await council.open();
  director.start();
  await council.run({ type: "start_item", itemId: "item-2" });
  await director.idle();
  switcher.reset();
  return { council, switcher, director, ptzCalls };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("BroadcastDirector", () => {
  let current: Rig | undefined;
  afterEach(() => current?.director.stop());

  it("takes the speaker's shot and shows a lower third with name, group and role", async () => {
    const { council, switcher, director } = (current = await rig());

    await council.speak("m2");
    await director.idle();

    expect(switcher.calls).toEqual([
      "take podium",
      "set speaker name=Mgr. Petr Dvořák, Ph.D. | group=ODS & TOP 09 | role=člen zastupitelstva",
      "show speaker",
    ]);
  });

  it("labels the chair and a remark out of turn", async () => {
    const { council, switcher, director, ptzCalls } = (current = await rig());

    await council.speak("m1");
    await director.idle();

    expect(switcher.calls).toContain("take chair");
    expect(switcher.calls).toContain(
      "set speaker name=Ing. Jana Nováková | group=Nezávislí | role=předsedající",
    );
    expect(ptzCalls).toEqual(["cam1:Předsednictvo"]);

    await council.run({ type: "end_floor" });
    await council.run(
      { type: "request_floor", kind: "factual" },
      { kind: "member", memberId: "m4" },
    );
    await council.run({ type: "grant_floor", memberId: "m4" });
    await director.idle();
    expect(switcher.calls.at(-2)).toBe(
      "set speaker name=Marie Šťastná | group=Občané | role=člen zastupitelstva · faktická poznámka",
    );
  });

  it("hides the lower third and goes back to the wide shot when the floor ends", async () => {
    const { council, switcher, director } = (current = await rig());
    await council.speak("m2");
    await director.idle();
    switcher.reset();

    await council.run({ type: "end_floor" });
    await director.idle();

    expect(switcher.calls).toEqual(["hide speaker", "take wide"]);
  });

  it("points the remote input at a remote councillor's Teams source and takes it", async () => {
    const { council, switcher, director } = (current = await rig());

    await council.speak("m3");
    await director.idle();

    expect(switcher.calls.slice(0, 2)).toEqual([
      "bind remote.1 REZIE (MS Teams - Zdeněk Černý)",
      "take remote.1",
    ]);
  });

  it("shows the agenda title and marks a chapter with the recording offset when an item starts", async () => {
    const { council, switcher, director } = (current = await rig());

    await council.run({ type: "end_item", itemId: "item-2" });
    await council.run({ type: "start_item", itemId: "item-3" });
    await director.idle();

    expect(switcher.calls).toEqual([
      "hide agendaItem",
      "mark 3. Různé",
      "set agendaItem number=3 | title=Různé | line=3. Různé",
      "show agendaItem",
    ]);
    const chapters = director.chapters(SESSION_ID)?.entries();
    expect(chapters?.map((c) => c.title)).toEqual([
      "1. Zahájení a schválení programu",
      "2. Rozpočet města na rok 2025",
      "3. Různé",
    ]);
    expect(chapters?.[2]?.recordingMs).toBeLessThanOrEqual(60_000);
    expect(chapters?.[2]?.recordingMs).toBeGreaterThan(59_000);
  });

  it("shows the live tally, then the result for the hold time, then takes it off", async () => {
    const { council, switcher, director } = (current = await rig());

    await council.vote({ m1: "yes", m2: "yes", m3: "no", m4: "abstain" });
    await director.idle();

    const results = switcher.calls.filter((c) => c.startsWith("set voteResult"));
    expect(results[0]).toContain("result=HLASUJE SE");
    expect(results.at(-1)).toContain("summary=NEPŘIJATO · pro 2 · proti 1 · zdržel se 1");
    expect(switcher.calls).toContain("show voteResult");
    expect(switcher.calls).not.toContain("hide voteResult");

    await sleep(1100);
    await director.idle();
    expect(switcher.calls.at(-1)).toBe("hide voteResult");
  });

  it("sends a burst of ballots to air as a few tally updates", async () => {
    const { council, switcher, director } = (current = await rig(vmixMapping(), 200));
    await council.run({ type: "open_vote" });
    const voteId = council.sessions.get(SESSION_ID)?.currentVoteId as string;
    await director.idle();
    switcher.reset();

    for (const memberId of ["m1", "m2", "m3", "m4"]) {
      await council.run(
        { type: "cast_ballot", voteId, choice: "yes" },
        { kind: "member", memberId },
      );
    }
    await sleep(300);
    await director.idle();

    const updates = switcher.calls.filter((c) => c.startsWith("set voteResult"));
    expect(updates.length).toBeLessThan(4);
    expect(updates.at(-1)).toContain("yes=4");
  });

  it("resyncs to the session as it is now when the switcher comes back, without replaying", async () => {
    const { council, switcher, director } = (current = await rig());
    switcher.goDown();
    await council.speak("m2");
    await council.run({ type: "end_floor" });
    await council.speak("m4");
    await council.vote({ m1: "yes", m2: "yes", m4: "yes" });
    expect(director.status().link).toBe("reconnecting");

    switcher.comeBack();
    await director.idle();

    expect(switcher.calls.filter((c) => c.startsWith("take"))).toEqual(["take podium"]);
    expect(switcher.calls).toContain(
      "set speaker name=Marie Šťastná | group=Občané | role=člen zastupitelstva",
    );
    expect(switcher.calls.join("\n")).not.toContain("Petr Dvořák");
    expect(switcher.calls).toContain("show voteResult");
    expect(director.status()).toMatchObject({ link: "connected", queueLength: 0 });
    expect(director.status().lastResyncAt).toBeDefined();
  });

  it("never makes a command wait for a slow switcher", async () => {
    const { council, switcher, director } = (current = await rig());
    switcher.delayMs = 5_000;

    await council.speak("m2");
    await council.run({ type: "end_floor" });

    // Had the commands waited for the switcher, its queue would be empty by now.
    expect(director.status().queueLength).toBeGreaterThan(0);
  });

  it("tells status listeners about a lost link and the error, then the reconnect", async () => {
    const { council, switcher, director } = (current = await rig());
    const seen: BroadcastStatus[] = [];
    director.onStatus((status) => seen.push(status));
    switcher.delayMs = 20;

    await council.speak("m2");
    switcher.goDown();
    await sleep(40);
    switcher.comeBack();
    await director.idle();

    const links = seen.map((s) => s.link).filter((l, i, all) => l !== all[i - 1]);
    expect(links).toEqual(["connected", "reconnecting", "connected"]);
    expect(director.status().lastError?.message).toMatch(/down|refused/);
  });

  it("picks up a session already under way when it starts", async () => {
    const council = new CouncilRun();
    await council.open();
    await council.run({ type: "start_item", itemId: "item-2" });
    await council.speak("m2");
    const switcher = new RecordingSwitcher();
    const director = new BroadcastDirector({
      adapter: switcher,
      mapping: vmixMapping(),
      sessions: council.sessions,
      logger: silent,
    });
    current = { council, switcher, director, ptzCalls: [] };

    director.start();
    await sleep(10);
    await director.idle();

    expect(switcher.calls).toContain("take podium");
    expect(switcher.calls).toContain("show speaker");
    expect(switcher.calls).toContain(
      "set agendaItem number=2 | title=Rozpočet města na rok 2025 | line=2. Rozpočet města na rok 2025",
    );
    expect(
      director
        .chapters(SESSION_ID)
        ?.entries()
        .map((c) => c.itemId),
    ).toEqual(["item-1", "item-2"]);
  });

  it("takes every graphic off and goes wide when the session closes", async () => {
    const { council, switcher, director } = (current = await rig());
    await council.speak("m2");
    await director.idle();
    switcher.reset();

    await council.run({ type: "close_session" });
    await director.idle();

    expect(switcher.calls).toEqual(
      expect.arrayContaining(["hide speaker", "hide agendaItem", "take wide"]),
    );
    expect(director.status().sessionId).toBeUndefined();
  });
});
