import { FakeVmix, type FakeVmixOptions } from "../../../../tests/fakes/fake-vmix";
import { BroadcastUnavailable, type SwitcherState } from "../broadcast-port";
import type { BroadcastMapping } from "../mapping/broadcast-mapping";
import { parseBroadcastMapping } from "../mapping/parse-broadcast-mapping";
import { VmixAdapter, type VmixAdapterOptions } from "./vmix-adapter";
import { VmixTargetMissing } from "./vmix-errors";

const keys = {
  wide: "0d0a63d6-e1e9-4033-89f1-3cb39e755567",
  chair: "d0dc7ed5-acbc-4bec-ab16-ee29f58a4a29",
  podium: "f610f20d-7659-4f37-a92c-f6a1deeab02a",
  seat: "531282b2-705f-4f01-93de-97928ef125d6",
  donate: "6b05afab-a3ca-4876-bb3b-7e7a13c266f8",
  remote: "4e0a5c1d-0000-4000-8000-00000000c0de",
  agenda: "4e0a5c1d-0000-4000-8000-00000000a9e0",
};

/** A remote NDI input and a Czech agenda title, added to the church-service document. */
const councilInputs = [
  `<input key="${keys.remote}" type="NDI" title="REMOTE 1" shortTitle="REMOTE 1" state="Running">REMOTE 1</input>`,
  `<input key="${keys.agenda}" type="GT" title="Bod programu" shortTitle="Bod programu" state="Paused">Bod programu` +
    `<text index="0" name="Číslo.Text">1</text><text index="1" name="Název.Text">Zahájení</text></input>`,
];

function mapping(functions: "tcp" | "http" = "tcp", overrides: object = {}): BroadcastMapping {
  return parseBroadcastMapping(
    {
      switcher: { kind: "vmix", host: "127.0.0.1", httpPort: 1, tcpPort: 1, functions },
      shots: {
        wide: { input: "PTZ - 1 WIDE" },
        chair: { input: "PTZ - 1 CLOSE PULPIT" },
        podium: { input: "PTZ - 2 J & C WIDE" },
        "seat.12": { input: keys.seat },
        "remote.1": { input: "REMOTE 1", ndi: true },
      },
      graphics: {
        speaker: {
          input: "DONATE OVERLAY 2",
          overlay: 1,
          fields: { name: "Headline.Text", group: "Description.Text" },
        },
        agendaItem: {
          input: keys.agenda,
          overlay: 2,
          fields: { number: "Číslo.Text", title: "Název.Text" },
        },
      },
      ...overrides,
    },
    "test mapping",
  );
}

function withPorts(base: BroadcastMapping, fake: FakeVmix): BroadcastMapping {
  return {
    ...base,
    switcher: { ...base.switcher, httpPort: fake.httpPort, tcpPort: fake.tcpPort },
  } as BroadcastMapping;
}

const timing = {
  requestTimeoutMs: 2000,
  connectTimeoutMs: 500,
  keepAliveMs: 0,
  minBackoffMs: 20,
  maxBackoffMs: 100,
};

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("VmixAdapter against the fake vMix", () => {
  let fake: FakeVmix;
  let adapter: VmixAdapter;
  let states: SwitcherState[];

  async function start(
    fakeOptions: FakeVmixOptions = {},
    adapterOptions: Partial<VmixAdapterOptions> = {},
    base = mapping(),
  ) {
    fake = await FakeVmix.start({ inputs: councilInputs, chunking: "random", ...fakeOptions });
    adapter = new VmixAdapter({
      mapping: withPorts(base, fake),
      timing,
      pollMs: 200,
      ...adapterOptions,
    });
    states = [];
    adapter.onChange((state) => states.push(state));
    await adapter.connect();
  }

  afterEach(async () => {
    await adapter.close();
    await fake.stop();
  });

  it("sets a lower third with Czech diacritics and an ampersand intact", async () => {
    await start({ chunking: "bytes" });

    await adapter.setGraphic("speaker", {
      name: "Ing. Jiří Šťastný",
      group: "ODS & TOP 09",
      role: "místostarosta",
    });

    expect(fake.callsOf("SetText").map((call) => call.params)).toEqual([
      { Input: keys.donate, SelectedName: "Headline.Text", Value: "Ing. Jiří Šťastný" },
      { Input: keys.donate, SelectedName: "Description.Text", Value: "ODS & TOP 09" },
    ]);
    expect(fake.state.text(keys.donate, "Headline.Text")).toBe("Ing. Jiří Šťastný");
    expect(fake.state.text(keys.donate, "Description.Text")).toBe("ODS & TOP 09");
  });

  it("fills title fields whose names carry diacritics", async () => {
    await start();

    await adapter.setGraphic("agendaItem", { number: "7", title: "Petice „Zachraňme lípu“" });

    expect(fake.callsOf("SetText").map((call) => call.params["SelectedName"])).toEqual([
      "Číslo.Text",
      "Název.Text",
    ]);
    expect(fake.state.text(keys.agenda, "Název.Text")).toBe("Petice „Zachraňme lípu“");
  });

  it("reads input titles with Czech diacritics sent byte by byte", async () => {
    await start(
      { chunking: "bytes", titles: { [keys.chair]: "Kamera – předsedající Šťastný" } },
      {},
      mapping("tcp", { shots: { chair: { input: "Kamera – předsedající Šťastný" } } }),
    );

    await adapter.take("chair");

    expect(fake.callsOf("CutDirect")[0]?.params).toEqual({ Input: keys.chair });
  });

  it("takes a shot by its input key, a cut as CutDirect and a fade through preview", async () => {
    await start();

    await adapter.take("podium");
    await until(() => adapter.state().program === "podium", "podium on program");
    await adapter.take("chair", { kind: "fade", ms: 800 });

    expect(fake.calls.map((call) => [call.name, call.params])).toEqual([
      ["CutDirect", { Input: keys.podium }],
      ["PreviewInput", { Input: keys.chair }],
      ["Fade", { Input: keys.chair, Duration: "800" }],
    ]);
    await until(() => adapter.state().program === "chair", "chair on program");
    expect(states.at(-1)?.program).toBe("chair");
  });

  it("refuses a shot the mapping or vMix does not have", async () => {
    await start({}, {}, mapping("tcp", { shots: { wide: { input: "Zrušená kamera" } } }));

    await expect(adapter.take("wide")).rejects.toThrow(VmixTargetMissing);
    await expect(adapter.take("seat.3")).rejects.toThrow(VmixTargetMissing);
    expect(fake.calls).toEqual([]);
  });

  it("puts a graphic in and out of its overlay explicitly, never with the toggle", async () => {
    await start();

    await adapter.showGraphic("speaker", true);
    await until(() => adapter.state().graphicsOn.speaker === true, "speaker on");
    await adapter.showGraphic("speaker", false);
    await until(() => adapter.state().graphicsOn.speaker === false, "speaker off");

    expect(fake.calls.map((call) => [call.name, call.params])).toEqual([
      ["OverlayInput1In", { Input: keys.donate }],
      ["OverlayInput1Out", {}],
    ]);
  });

  it("skips a graphic slot the mapping leaves out", async () => {
    await start();

    await adapter.setGraphic("timer", { remaining: "2:00" });
    await adapter.showGraphic("timer", true);

    expect(fake.calls).toEqual([]);
  });

  it("starts and stops recording once each, confirmed from the state", async () => {
    let now = Date.parse("2025-03-06T17:00:00Z");
    await start({ now: () => now }, { now: () => now });

    await adapter.setRecording(true);
    await adapter.setRecording(true);
    expect(adapter.state().recording.active).toBe(true);
    now += 95_000;
    const mark = await adapter.mark();
    await adapter.setRecording(false);

    expect(fake.calls.map((call) => call.name)).toEqual(["StartRecording", "StopRecording"]);
    expect(mark).toEqual({ at: "2025-03-06T17:01:35.000Z", recordingMs: 95_000 });
    expect(adapter.state().recording).toEqual({ active: false });
  });

  it("writes a titled mark into vMix's recording log while recording, and only then", async () => {
    await start();

    await adapter.mark("Bod 1 – Zahájení");
    await adapter.setRecording(true);
    await adapter.mark("Bod 3 – Rozpočet & investice");
    fake.refuseNext("WriteDurationToRecordingLog");
    const refused = await adapter.mark("Bod 4");

    expect(fake.callsOf("WriteDurationToRecordingLog").map((call) => call.params)).toEqual([
      { Value: "Bod 3 – Rozpočet & investice" },
      { Value: "Bod 4" },
    ]);
    expect(refused.recordingMs).toBeGreaterThanOrEqual(0);
  });

  it("takes the stream offset from the wall clock since the confirmed start", async () => {
    let now = Date.parse("2025-03-06T17:00:00Z");
    await start({ now: () => now }, { now: () => now });

    await adapter.setStreaming(true);
    now += 12_345;
    const mark = await adapter.mark();

    expect(fake.callsOf("StartStreaming")).toHaveLength(1);
    expect(mark).toEqual({ at: "2025-03-06T17:00:12.345Z", streamMs: 12_345 });
  });

  it("points a remote input at a Teams participant's NDI source by name", async () => {
    await start();

    await adapter.bindRemote("remote.1", "REZIE-PC (MS Teams - Jiří Šťastný)");

    expect(fake.ndiSources.get(keys.remote)).toBe("REZIE-PC (MS Teams - Jiří Šťastný)");
    await expect(adapter.bindRemote("chair", "X")).rejects.toThrow(/ndi: true/);
  });

  it("can send functions over HTTP instead", async () => {
    await start({}, {}, mapping("http"));

    await adapter.setGraphic("speaker", { name: "Ing. Jiří Šťastný" });
    await adapter.take("seat.12");

    expect(fake.calls.map((call) => [call.api, call.name])).toEqual([
      ["http", "SetText"],
      ["http", "CutDirect"],
    ]);
    expect(fake.state.text(keys.donate, "Headline.Text")).toBe("Ing. Jiří Šťastný");
  });

  it("survives a reply cut off mid-way: the call fails, the link comes back", async () => {
    await start();
    fake.dropNextReply("FUNCTION");

    await expect(adapter.setGraphic("speaker", { name: "Mgr. Žofie Řeháková" })).rejects.toThrow(
      BroadcastUnavailable,
    );
    await until(() => adapter.state().connected, "reconnected");
    await adapter.take("wide");

    expect(fake.state.text(keys.donate, "Headline.Text")).toBe("Mgr. Žofie Řeháková");
    expect(fake.callsOf("CutDirect")).toHaveLength(1);
  });

  it("survives an XML reply cut off mid-way", async () => {
    await start();
    fake.dropNextReply("XML");

    await expect(adapter.check()).rejects.toThrow(BroadcastUnavailable);
    await until(() => adapter.state().connected, "reconnected");

    expect((await adapter.check()).every((line) => line.found)).toBe(true);
  });

  it("reconnects after vMix restarts and puts the titles and overlays back", async () => {
    await start();
    await adapter.setGraphic("speaker", { name: "Ing. Jiří Šťastný", group: "ODS & TOP 09" });
    await adapter.showGraphic("speaker", true);

    await fake.stop();
    await until(() => !adapter.state().connected, "link down");
    await expect(adapter.take("wide")).rejects.toThrow(BroadcastUnavailable);
    await adapter.setGraphic("speaker", { name: "Mgr. Žofie Řeháková" }).catch(() => undefined);
    fake.calls.length = 0;
    await fake.start({ fresh: true });
    await until(() => fake.state.overlay(1) !== undefined, "overlay back on");

    expect(fake.state.text(keys.donate, "Headline.Text")).toBe("Mgr. Žofie Řeháková");
    expect(fake.state.text(keys.donate, "Description.Text")).toBe("ODS & TOP 09");
    expect(fake.calls.map((call) => call.name)).toEqual(["SetText", "SetText", "OverlayInput1In"]);
    await until(() => adapter.state().connected, "reconnected");
    expect(states.some((state) => !state.connected)).toBe(true);
  });

  it("rejects connect when vMix is down and connects once it comes up", async () => {
    fake = await FakeVmix.start({ inputs: councilInputs });
    const base = withPorts(mapping(), fake);
    await fake.stop();
    adapter = new VmixAdapter({ mapping: base, timing, connectTimeoutMs: 200 });

    await expect(adapter.connect()).rejects.toThrow(BroadcastUnavailable);
    await fake.start();
    await until(() => adapter.state().connected, "connected later");
  });

  it("checks every mapped input and title field", async () => {
    await start(
      {},
      {},
      mapping("tcp", {
        shots: { wide: { input: "PTZ - 1 WIDE" }, chair: { input: "Zrušená kamera" } },
        graphics: {
          speaker: {
            input: "DONATE OVERLAY 2",
            overlay: 1,
            fields: { name: "Headline.Text", role: "Role.Text" },
          },
        },
      }),
    );

    const lines = await adapter.check();

    expect(lines.map((line) => [line.what, line.found])).toEqual([
      ["switcher", true],
      ["shot wide", true],
      ["shot chair", false],
      ["graphic speaker", true],
      ["graphic speaker overlay", true],
      ["graphic speaker.name", true],
      ["graphic speaker.role", false],
    ]);
  });
});
