/**
 * The broadcast port: the session speaks in logical shots and graphic slots; an adapter per
 * switcher (vMix, OBS) maps them to inputs and scenes through the council's mapping file.
 */

/** A logical camera or source: `chair`, `podium`, `wide`, `seat.<n>`, `remote.<n>`. */
export type ShotId = string;

/** A graphic the session fills and shows: lower thirds and full titles. */
export type GraphicSlot = "agendaItem" | "speaker" | "voteResult" | "timer";

export interface OutputState {
  active: boolean;
  /** How long the output has run, when the switcher says. */
  elapsedMs?: number;
}

/** What the switcher last reported, cached by the adapter. */
export interface SwitcherState {
  connected: boolean;
  program?: ShotId;
  preview?: ShotId;
  graphicsOn: Partial<Record<GraphicSlot, boolean>>;
  recording: OutputState;
  streaming: OutputState;
}

/** A chapter mark as the switcher saw it: wall clock and offsets into the outputs when known. */
export interface SwitcherMark {
  at: string;
  recordingMs?: number;
  streamMs?: number;
}

export type Transition = { kind: "cut" } | { kind: "fade"; ms?: number };

/**
 * One switcher. Every call is explicit (in/out, start/stop, never a toggle) and resolves once the
 * switcher accepted it; a switcher that is down makes the call reject with BroadcastUnavailable.
 */
export interface SwitcherAdapter {
  readonly kind: "vmix" | "obs";
  connect(): Promise<void>;
  close(): Promise<void>;
  state(): SwitcherState;
  onChange(listener: (state: SwitcherState) => void): () => void;
  take(shot: ShotId, transition?: Transition): Promise<void>;
  setGraphic(slot: GraphicSlot, fields: Record<string, string>): Promise<void>;
  showGraphic(slot: GraphicSlot, on: boolean): Promise<void>;
  setRecording(on: boolean): Promise<void>;
  setStreaming(on: boolean): Promise<void>;
  /**
   * Marks a chapter and reads the outputs' offsets. `title` names the chapter where the
   * switcher keeps its own marks (OBS CreateRecordChapter, vMix WriteDurationToRecordingLog).
   */
  mark(title?: string): Promise<SwitcherMark>;
  /** Points a remote input at a Teams participant's NDI source, by display name. */
  bindRemote?(shot: ShotId, ndiSourceName: string): Promise<void>;
  /** Checks every mapped input, scene, title field; for `broadcast check`. */
  check(): Promise<MappingCheck[]>;
}

/** One line of `broadcast check`: a mapped thing found on the switcher or missing. */
export interface MappingCheck {
  what: string;
  target: string;
  found: boolean;
  detail?: string;
}

/** Camera presets (Axis VAPIX): a shot may also move a PTZ camera. */
export interface PtzController {
  gotoPreset(camera: string, preset: string): Promise<void>;
  presets(camera: string): Promise<string[]>;
}

/** The switcher cannot be reached now; the caller queues and retries, the session goes on. */
export class BroadcastUnavailable extends Error {
  readonly code = "broadcast_unavailable";

  constructor(
    readonly switcher: string,
    message: string,
  ) {
    super(message);
    this.name = "BroadcastUnavailable";
  }
}
