import type {
  GraphicSlot,
  MappingCheck,
  ShotId,
  SwitcherAdapter,
  SwitcherMark,
  SwitcherState,
  Transition,
} from "../broadcast-port";
import { BroadcastUnavailable } from "../broadcast-port";

/** One call the director made, as a line a test can read: `take wide`, `set speaker name=…`. */
export type SwitcherCall = string;

/**
 * A switcher for the director's unit tests: records every call as a line, can go down (calls
 * reject with BroadcastUnavailable) and come back (listeners hear it), and can be slow.
 */
export class RecordingSwitcher implements SwitcherAdapter {
  readonly kind = "vmix" as const;
  readonly calls: SwitcherCall[] = [];
  /** Each call waits this long before it answers. */
  delayMs = 0;
  /** The recording offset the next mark reports. */
  recordingMs: number | undefined = 60_000;
  private current: SwitcherState = {
    connected: false,
    graphicsOn: {},
    recording: { active: true },
    streaming: { active: false },
  };
  private readonly listeners = new Set<(state: SwitcherState) => void>();
  private reachable = true;

  async connect(): Promise<void> {
    this.calls.push("connect");
    if (!this.reachable) throw new BroadcastUnavailable("vmix", "connection refused");
    this.set({ connected: true });
  }

  async close(): Promise<void> {
    this.set({ connected: false });
  }

  state(): SwitcherState {
    return this.current;
  }

  onChange(listener: (state: SwitcherState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  take(shot: ShotId, _transition?: Transition): Promise<void> {
    return this.call(`take ${shot}`, () => this.set({ program: shot }));
  }

  setGraphic(slot: GraphicSlot, fields: Record<string, string>): Promise<void> {
    const text = Object.entries(fields).map(([k, v]) => `${k}=${v}`);
    return this.call(`set ${slot} ${text.join(" | ")}`);
  }

  showGraphic(slot: GraphicSlot, on: boolean): Promise<void> {
    return this.call(`${on ? "show" : "hide"} ${slot}`, () =>
      this.set({ graphicsOn: { ...this.current.graphicsOn, [slot]: on } }),
    );
  }

  setRecording(on: boolean): Promise<void> {
    return this.call(`recording ${on ? "start" : "stop"}`);
  }

  setStreaming(on: boolean): Promise<void> {
    return this.call(`streaming ${on ? "start" : "stop"}`);
  }

  async mark(title?: string): Promise<SwitcherMark> {
    await this.call(`mark ${title ?? ""}`.trim());
    return { at: new Date().toISOString(), recordingMs: this.recordingMs };
  }

  bindRemote(shot: ShotId, ndiSourceName: string): Promise<void> {
    return this.call(`bind ${shot} ${ndiSourceName}`);
  }

  async check(): Promise<MappingCheck[]> {
    return [];
  }

  /** The switcher becomes unreachable: the link drops and calls fail until `comeBack`. */
  goDown(): void {
    this.reachable = false;
    this.set({ connected: false });
  }

  /** The switcher is back and the adapter has reconnected. */
  comeBack(): void {
    this.reachable = true;
    this.set({ connected: true });
  }

  /** Forgets the calls so far. */
  reset(): void {
    this.calls.length = 0;
  }

  private async call(line: string, effect?: () => void): Promise<void> {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (!this.reachable || !this.current.connected) {
      throw new BroadcastUnavailable("vmix", "the switcher is down");
    }
    this.calls.push(line);
    effect?.();
  }

  private set(patch: Partial<SwitcherState>): void {
    const before = this.current.connected;
    this.current = { ...this.current, ...patch };
    if (patch.connected !== undefined && patch.connected !== before) {
      for (const listener of this.listeners) listener(this.current);
    }
  }
}
