import type { Logger } from "pino";
import type {
  GraphicSlot,
  MappingCheck,
  ShotId,
  SwitcherAdapter,
  SwitcherMark,
  SwitcherState,
  Transition,
} from "../broadcast-port";
import type { BroadcastMapping, VmixSwitcherConfig } from "../mapping/broadcast-mapping";
import { checkVmixMapping } from "./check-vmix-mapping";
import { findVmixInput } from "./find-vmix-input";
import { VmixFunctionError, VmixTargetMissing } from "./vmix-errors";
import { overlayFunction, type VmixFunctionCall } from "./vmix-function";
import { VmixHttpClient } from "./vmix-http-client";
import type { VmixState } from "./vmix-state";
import { type OutputStarts, vmixSwitcherState } from "./vmix-switcher-state";
import { VmixTcpClient } from "./vmix-tcp-client";
import type { VmixTcpTiming } from "./vmix-tcp-connection";
import { parseVmixXml } from "./vmix-xml";

export interface VmixAdapterOptions {
  mapping: BroadcastMapping;
  /** The Web Controller password itself, read by the caller from the mapping's `passwordEnv`. */
  password?: string;
  logger?: Logger;
  timing?: Partial<VmixTcpTiming>;
  /** The XML state is read this often besides after every TALLY or ACTS push. */
  pollMs?: number;
  /** How long `connect()` waits for the first connection. */
  connectTimeoutMs?: number;
  /** How long recording and streaming changes may take to show in the state. */
  confirmTimeoutMs?: number;
  now?: () => number;
  /**
   * Whether the adapter itself puts back the last titles after a reconnection. Off when a
   * director resyncs from the session's current state: the adapter's memory may be stale by then.
   */
  replayOnReconnect?: boolean;
}

/** What the session last asked of a graphic, replayed after vMix comes back. */
interface WantedGraphic {
  fields: Record<string, string>;
  on?: boolean;
}

/**
 * The broadcast port on vMix. Shots and graphics are mapped to inputs by key (titles in the
 * mapping are resolved against the current XML state); functions go over the TCP API (or HTTP
 * when the mapping says so); the state is cached from the XML, read again on every TALLY/ACTS
 * push and periodically. After a lost connection the adapter reconnects on its own and puts the
 * titles and overlays back as the session last asked for them.
 */
export class VmixAdapter implements SwitcherAdapter {
  readonly kind = "vmix" as const;
  private readonly config: VmixSwitcherConfig;
  private readonly tcp: VmixTcpClient;
  private readonly http: VmixHttpClient;
  private readonly now: () => number;
  private readonly listeners = new Set<(state: SwitcherState) => void>();
  private readonly wanted = new Map<GraphicSlot, WantedGraphic>();
  private readonly starts: OutputStarts = {};
  private readonly unsubscribe: (() => void)[] = [];
  private vmix?: VmixState;
  private lastEmitted = "";
  private pollTimer?: NodeJS.Timeout;
  private refreshTimer?: NodeJS.Timeout;
  private running?: Promise<VmixState>;
  private queued?: Promise<VmixState>;
  private closed = false;

  constructor(private readonly options: VmixAdapterOptions) {
    const switcher = options.mapping.switcher;
    if (switcher.kind !== "vmix") throw new TypeError("VmixAdapter needs a vmix switcher mapping");
    this.config = switcher;
    this.now = options.now ?? Date.now;
    this.tcp = new VmixTcpClient({
      host: switcher.host,
      port: switcher.tcpPort,
      ...options.timing,
    });
    this.http = new VmixHttpClient({
      host: switcher.host,
      port: switcher.httpPort,
      username: switcher.username,
      password: options.password,
      timeoutMs: options.timing?.requestTimeoutMs,
    });
  }

  /**
   * Starts the link and resolves once the first state is read. A vMix that cannot be reached
   * makes it reject with BroadcastUnavailable, but the adapter keeps trying in the background
   * and `onChange` reports when it comes up.
   */
  async connect(): Promise<void> {
    if (this.unsubscribe.length === 0) this.startLink();
    await this.tcp.waitForLink(this.options.connectTimeoutMs ?? 5000);
    await this.refresh();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.pollTimer);
    clearTimeout(this.refreshTimer);
    this.unsubscribe.splice(0).forEach((off) => off());
    await this.tcp.stop();
    this.emit();
  }

  state(): SwitcherState {
    return vmixSwitcherState(
      this.options.mapping,
      this.vmix,
      this.tcp.connected && this.vmix !== undefined,
      this.starts,
      this.now(),
    );
  }

  onChange(listener: (state: SwitcherState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A cut is CutDirect; a fade previews the input first, then fades it to program. */
  async take(shot: ShotId, transition: Transition = { kind: "cut" }): Promise<void> {
    const input = await this.inputKey(`shot ${shot}`, this.options.mapping.shots[shot]?.input);
    if (transition.kind === "cut") {
      await this.call({ name: "CutDirect", input });
    } else {
      await this.call({ name: "PreviewInput", input });
      await this.call({ name: "Fade", input, duration: transition.ms ?? 500 });
    }
    this.refreshSoon();
  }

  /**
   * SetText for each field the mapping names for this slot; fields it does not name are not
   * shown, and a slot it leaves out is no graphic at all, so both are skipped quietly.
   */
  async setGraphic(slot: GraphicSlot, fields: Record<string, string>): Promise<void> {
    const graphic = this.options.mapping.graphics[slot];
    if (!graphic) return;
    const wanted = this.wanted.get(slot) ?? { fields: {} };
    this.wanted.set(slot, { ...wanted, fields: { ...wanted.fields, ...fields } });

    const input = await this.inputKey(`graphic ${slot}`, graphic.input);
    for (const [field, value] of Object.entries(fields)) {
      const selectedName = graphic.fields[field];
      if (selectedName) await this.call({ name: "SetText", input, selectedName, value });
    }
  }

  /** OverlayInputNIn with the title's key, or OverlayInputNOut: never the toggle. */
  async showGraphic(slot: GraphicSlot, on: boolean): Promise<void> {
    const graphic = this.options.mapping.graphics[slot];
    if (!graphic?.overlay) return;
    this.wanted.set(slot, { fields: {}, ...this.wanted.get(slot), on });

    const name = overlayFunction(graphic.overlay, on);
    if (on) await this.call({ name, input: await this.inputKey(`graphic ${slot}`, graphic.input) });
    else await this.call({ name });
    this.refreshSoon();
  }

  /** StartRecording or StopRecording unless already so; resolves when the state confirms it. */
  setRecording(on: boolean): Promise<void> {
    return this.setOutput("recording", on);
  }

  setStreaming(on: boolean): Promise<void> {
    return this.setOutput("streaming", on);
  }

  /**
   * The wall clock and the recording and stream offsets from a fresh state. With a title and
   * the recording running, vMix also writes the title and its offset into its recording log.
   */
  async mark(title?: string): Promise<SwitcherMark> {
    await this.refresh();
    const state = this.state();
    if (title !== undefined && state.recording.active) await this.writeRecordingLog(title);
    return {
      at: new Date(this.now()).toISOString(),
      ...(state.recording.elapsedMs === undefined
        ? {}
        : { recordingMs: state.recording.elapsedMs }),
      ...(state.streaming.elapsedMs === undefined ? {} : { streamMs: state.streaming.elapsedMs }),
    };
  }

  /** NDISelectSourceByName on a shot mapped with `ndi: true`. */
  async bindRemote(shot: ShotId, ndiSourceName: string): Promise<void> {
    const mapped = this.options.mapping.shots[shot];
    if (mapped && !mapped.ndi) {
      throw new VmixTargetMissing(`shot ${shot}`, "not an NDI input: set ndi: true in the mapping");
    }
    const input = await this.inputKey(`shot ${shot}`, mapped?.input);
    await this.call({ name: "NDISelectSourceByName", input, value: ndiSourceName });
  }

  async check(): Promise<MappingCheck[]> {
    const state = await this.refresh();
    const switcher: MappingCheck = {
      what: "switcher",
      target: `vmix ${this.config.host}:${this.config.tcpPort}`,
      found: true,
      detail: `vMix ${state.version ?? "?"} ${state.edition ?? ""}`.trim(),
    };
    return [switcher, ...checkVmixMapping(this.options.mapping, state)];
  }

  private startLink(): void {
    this.closed = false;
    this.unsubscribe.push(
      this.tcp.onLink((up) => (up ? void this.linkUp() : this.emit())),
      this.tcp.onEvent(() => this.refreshSoon()),
    );
    this.tcp.start();
    this.pollTimer = setInterval(() => {
      if (this.tcp.connected) this.refreshQuietly();
    }, this.options.pollMs ?? 2000);
    this.pollTimer.unref();
  }

  private async setOutput(output: "recording" | "streaming", on: boolean): Promise<void> {
    const current = await this.refresh();
    if (current[output].active === on) return;

    const verb = on ? "Start" : "Stop";
    const name = output === "recording" ? `${verb}Recording` : `${verb}Streaming`;
    await this.call({ name: name as VmixFunctionCall["name"] });
    await this.confirm(name, (state) => state[output].active === on);
    this.starts[output] = on ? this.now() : undefined;
    this.emit();
  }

  /** Reads the state until it shows what a function should have done. */
  private async confirm(name: string, done: (state: VmixState) => boolean): Promise<void> {
    // Real time, not the injected clock: the clock dates marks, this bounds a wait.
    const deadline = Date.now() + (this.options.confirmTimeoutMs ?? 5000);
    for (;;) {
      if (done(await this.refresh())) return;
      if (Date.now() >= deadline) {
        throw new VmixFunctionError(name, "accepted, but the state did not show it in time");
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** vMix's own chapter list is a bonus: the offsets of the mark matter, a refusal does not. */
  private async writeRecordingLog(title: string): Promise<void> {
    try {
      await this.call({ name: "WriteDurationToRecordingLog", value: title });
    } catch (error) {
      if (!(error instanceof VmixFunctionError)) throw error;
      this.warn("vmix_recording_log_refused", error);
    }
  }

  private call(call: VmixFunctionCall): Promise<void> {
    return this.config.functions === "http" ? this.http.call(call) : this.tcp.call(call);
  }

  /**
   * The key of a mapped input from the last state read; on a miss the state is read once more,
   * in case the operator has just added or renamed the input.
   */
  private async inputKey(what: string, ref: string | undefined): Promise<string> {
    if (ref === undefined) throw new VmixTargetMissing(what, "not in the mapping");
    const cached = this.vmix && findVmixInput(this.vmix, ref);
    if (cached) return cached.key;
    const input = findVmixInput(await this.refresh(), ref);
    if (!input) throw new VmixTargetMissing(what, `vMix has no input "${ref}"`);
    return input.key;
  }

  /** Reads the XML state; calls while one read runs share the next read, not a stale one. */
  private refresh(): Promise<VmixState> {
    if (this.queued) return this.queued;
    if (!this.running) return this.read();
    this.queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.read();
      });
    return this.queued;
  }

  private read(): Promise<VmixState> {
    const running = (async () => {
      try {
        const state = parseVmixXml(await this.tcp.xml());
        this.noteStarts(state);
        this.vmix = state;
        this.emit();
        return state;
      } finally {
        this.running = undefined;
      }
    })();
    this.running = running;
    return running;
  }

  /** An output seen starting between two reads started about now; one seen on at first, unknown. */
  private noteStarts(next: VmixState): void {
    for (const output of ["recording", "streaming"] as const) {
      const was = this.vmix?.[output].active;
      if (!next[output].active) this.starts[output] = undefined;
      else if (was === false && this.starts[output] === undefined) this.starts[output] = this.now();
    }
  }

  private refreshSoon(): void {
    if (this.refreshTimer || this.closed) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refreshQuietly();
    }, 50);
  }

  private refreshQuietly(): void {
    this.refresh().catch((error: unknown) => this.warn("vmix_refresh_failed", error));
  }

  /** After every (re)connection: read the state, then put back what the session asked for. */
  private async linkUp(): Promise<void> {
    try {
      const state = await this.refresh();
      if (this.options.replayOnReconnect !== false) await this.resync(state);
    } catch (error) {
      this.warn("vmix_resync_failed", error);
    }
  }

  /** Sends only what differs, so a short network drop costs nothing on air. */
  private async resync(state: VmixState): Promise<void> {
    for (const [slot, wanted] of this.wanted) {
      const graphic = this.options.mapping.graphics[slot];
      const input = graphic?.input === undefined ? undefined : findVmixInput(state, graphic.input);
      if (!graphic || !input) continue;
      for (const [field, value] of Object.entries(wanted.fields)) {
        const selectedName = graphic.fields[field];
        const current = input.texts.find((text) => text.name === selectedName)?.value;
        if (selectedName && current?.trim() !== value.trim()) {
          await this.call({ name: "SetText", input: input.key, selectedName, value });
        }
      }
      const shown =
        state.overlays.find((o) => o.number === graphic.overlay)?.inputKey === input.key;
      if (graphic.overlay && wanted.on !== undefined && wanted.on !== shown) {
        const name = overlayFunction(graphic.overlay, wanted.on);
        await this.call(wanted.on ? { name, input: input.key } : { name });
      }
    }
    this.refreshSoon();
  }

  private emit(): void {
    const state = this.state();
    const { recording, streaming, ...rest } = state;
    // Elapsed time changes on every read; listeners hear of changes of what is on air.
    const signature = JSON.stringify([rest, recording.active, streaming.active]);
    if (signature === this.lastEmitted) return;
    this.lastEmitted = signature;
    for (const listener of this.listeners) listener(state);
  }

  private warn(event: string, error: unknown): void {
    this.options.logger?.warn({ event, err: error }, event);
  }
}
