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
import type { BroadcastMapping, GraphicMapping } from "../mapping/broadcast-mapping";
import { OBS_STATUS, ObsRequestError, ObsTargetMissing } from "./obs-errors";
import type { ObsLinkTiming } from "./obs-link";
import { ObsLink } from "./obs-link";

export interface ObsAdapterOptions {
  mapping: BroadcastMapping;
  /** The password itself, read by the caller from the variable named in `passwordEnv`. */
  password?: string;
  logger: Logger;
  timing?: Partial<ObsLinkTiming>;
}

/**
 * The broadcast port over OBS Studio (obs-websocket v5): a shot is a scene, a graphic is a
 * scene item shown and hidden plus text sources filled through their `text` setting. In studio
 * mode a take goes through preview and OBS's own transition, like an operator's; otherwise the
 * program scene is set directly. Chapter marks read the output timecodes and, where OBS offers
 * it (5.5+, Hybrid MP4), also write a chapter into the recording.
 */
export class ObsAdapter implements SwitcherAdapter {
  readonly kind = "obs" as const;
  private readonly link: ObsLink;
  private readonly mapping: BroadcastMapping;
  private readonly log: Logger;
  private readonly listeners = new Set<(state: SwitcherState) => void>();
  private readonly itemIds = new Map<string, number>();
  private current: SwitcherState = idle();
  private studioMode = false;
  private recordChapters = false;

  constructor(options: ObsAdapterOptions) {
    if (options.mapping.switcher.kind !== "obs") {
      throw new TypeError("ObsAdapter needs a mapping whose switcher kind is obs");
    }
    this.mapping = options.mapping;
    this.log = options.logger.child({ component: "obs" });
    this.link = new ObsLink({
      url: options.mapping.switcher.url,
      password: options.password,
      logger: options.logger,
      ...options.timing,
      onIdentified: () => this.readState(),
    });
    this.link.onLink((up) => this.update({ connected: up }));
    this.listen();
  }

  /** Connects (and keeps reconnecting until `close`); rejects if this first attempt fails. */
  connect(): Promise<void> {
    return this.link.start();
  }

  close(): Promise<void> {
    return this.link.stop();
  }

  state(): SwitcherState {
    return this.current;
  }

  onChange(listener: (state: SwitcherState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Puts a shot's scene on program. OBS uses the transition chosen in its own window: names of
   * transitions are the operator's (and localised), so a `cut` or `fade` asked here is not sent.
   */
  async take(shot: ShotId, _transition?: Transition): Promise<void> {
    const sceneName = this.sceneOf(shot);
    if (this.studioMode) {
      await this.link.call("SetCurrentPreviewScene", { sceneName });
      await this.link.call("TriggerStudioModeTransition");
    } else {
      await this.link.call("SetCurrentProgramScene", { sceneName });
    }
    this.update({ program: shot });
  }

  /** Fills the slot's text sources; fields the mapping does not list are not shown. */
  async setGraphic(slot: GraphicSlot, fields: Record<string, string>): Promise<void> {
    const graphic = this.graphicOf(slot);
    for (const [field, text] of Object.entries(fields)) {
      const inputName = graphic.fields[field];
      if (!inputName) continue;
      await this.link.call("SetInputSettings", {
        inputName,
        inputSettings: { text },
        overlay: true,
      });
    }
  }

  async showGraphic(slot: GraphicSlot, on: boolean): Promise<void> {
    const { sceneName, sceneItemId } = await this.sceneItemOf(slot);
    await this.link.call("SetSceneItemEnabled", { sceneName, sceneItemId, sceneItemEnabled: on });
    this.update({ graphicsOn: { ...this.current.graphicsOn, [slot]: on } });
  }

  /** Starts or stops the recording; already in that state is fine, not an error. */
  async setRecording(on: boolean): Promise<void> {
    const status = await this.link.call("GetRecordStatus");
    if (status.outputActive === on) return;
    await this.tolerate(on ? "StartRecord" : "StopRecord");
    this.update({ recording: { active: on } });
  }

  async setStreaming(on: boolean): Promise<void> {
    const status = await this.link.call("GetStreamStatus");
    if (status.outputActive === on) return;
    await this.tolerate(on ? "StartStream" : "StopStream");
    this.update({ streaming: { active: on } });
  }

  async mark(title?: string): Promise<SwitcherMark> {
    const at = new Date().toISOString();
    const record = await this.link.call("GetRecordStatus");
    const stream = await this.link.call("GetStreamStatus");
    if (title && record.outputActive && this.recordChapters) await this.recordChapter(title);
    return {
      at,
      ...(record.outputActive ? { recordingMs: record.outputDuration } : {}),
      ...(stream.outputActive ? { streamMs: stream.outputDuration } : {}),
    };
  }

  /** Every mapped scene, graphic scene item and text source, found in OBS or missing. */
  async check(): Promise<MappingCheck[]> {
    const sceneList = await this.link.call("GetSceneList");
    const scenes = new Set(sceneList.scenes.map((s) => String(s.sceneName)));
    const inputList = await this.link.call("GetInputList");
    const inputs = new Set(inputList.inputs.map((i) => String(i.inputName)));
    const checks: MappingCheck[] = Object.entries(this.mapping.shots).map(([id, shot]) => ({
      what: `shot ${id}`,
      target: `scene "${shot.scene ?? ""}"`,
      found: scenes.has(shot.scene ?? ""),
    }));
    for (const [slot, graphic] of Object.entries(this.mapping.graphics)) {
      if (graphic) checks.push(...(await this.checkGraphic(slot, graphic, scenes, inputs)));
    }
    return checks;
  }

  private async checkGraphic(
    slot: string,
    graphic: GraphicMapping,
    scenes: Set<string>,
    inputs: Set<string>,
  ): Promise<MappingCheck[]> {
    const scene = graphic.scene ?? "";
    const checks: MappingCheck[] = [
      { what: `graphic ${slot}`, target: `scene "${scene}"`, found: scenes.has(scene) },
    ];
    const items = scenes.has(scene)
      ? (await this.link.call("GetSceneItemList", { sceneName: scene })).sceneItems
      : [];
    const item = graphic.item ?? "";
    const found = items.some((i) => i.sourceName === item);
    checks.push({ what: `graphic ${slot}`, target: `scene item "${item}" in "${scene}"`, found });
    for (const [field, source] of Object.entries(graphic.fields)) {
      const target = `text source "${source}"`;
      checks.push({ what: `graphic ${slot}.${field}`, target, found: inputs.has(source) });
    }
    return checks;
  }

  /** After every (re)connect: what OBS offers and shows now; scene item ids may have changed. */
  private async readState(): Promise<void> {
    this.itemIds.clear();
    const version = await this.link.call("GetVersion");
    this.recordChapters = version.availableRequests.includes("CreateRecordChapter");
    this.studioMode = (await this.link.call("GetStudioModeEnabled")).studioModeEnabled;
    const scenes = await this.link.call("GetSceneList");
    const record = await this.link.call("GetRecordStatus");
    const stream = await this.link.call("GetStreamStatus");
    this.current = {
      ...this.current,
      program: this.shotOfScene(String(scenes.currentProgramSceneName)),
      recording: { active: record.outputActive, elapsedMs: record.outputDuration },
      streaming: { active: stream.outputActive, elapsedMs: stream.outputDuration },
    };
  }

  private listen(): void {
    this.link.on("CurrentProgramSceneChanged", ({ sceneName }) =>
      this.update({ program: this.shotOfScene(sceneName) }),
    );
    this.link.on("StudioModeStateChanged", ({ studioModeEnabled }) => {
      this.studioMode = studioModeEnabled;
    });
    this.link.on("RecordStateChanged", ({ outputActive }) =>
      this.update({ recording: { active: outputActive } }),
    );
    this.link.on("StreamStateChanged", ({ outputActive }) =>
      this.update({ streaming: { active: outputActive } }),
    );
  }

  private async recordChapter(chapterName: string): Promise<void> {
    try {
      await this.link.call("CreateRecordChapter", { chapterName });
    } catch (error) {
      // Only Hybrid MP4 recordings take chapters; the app's own chapter log still has the mark.
      if (!(error instanceof ObsRequestError)) throw error;
      if (error.status === OBS_STATUS.unknownRequestType) this.recordChapters = false;
      this.log.info({ status: error.status, reason: error.message }, "obs_chapter_not_written");
    }
  }

  /** Start/stop racing another operator: "already running" or "not running" is the goal reached. */
  private async tolerate(
    requestType: "StartRecord" | "StopRecord" | "StartStream" | "StopStream",
  ): Promise<void> {
    try {
      await this.link.call(requestType);
    } catch (error) {
      const settled = [OBS_STATUS.outputRunning, OBS_STATUS.outputNotRunning] as number[];
      if (error instanceof ObsRequestError && settled.includes(error.status)) return;
      throw error;
    }
  }

  private async sceneItemOf(
    slot: GraphicSlot,
  ): Promise<{ sceneName: string; sceneItemId: number }> {
    const graphic = this.graphicOf(slot);
    const sceneName = graphic.scene ?? "";
    const sourceName = graphic.item ?? "";
    const key = `${sceneName}\u0000${sourceName}`;
    let sceneItemId = this.itemIds.get(key);
    if (sceneItemId === undefined) {
      sceneItemId = (await this.link.call("GetSceneItemId", { sceneName, sourceName })).sceneItemId;
      this.itemIds.set(key, sceneItemId);
    }
    return { sceneName, sceneItemId };
  }

  private sceneOf(shot: ShotId): string {
    const scene = this.mapping.shots[shot]?.scene;
    if (!scene) throw new ObsTargetMissing(`shot ${shot}`, "scene");
    return scene;
  }

  private graphicOf(slot: GraphicSlot): GraphicMapping {
    const graphic = this.mapping.graphics[slot];
    if (!graphic) throw new ObsTargetMissing(`graphic ${slot}`, "graphic");
    return graphic;
  }

  private shotOfScene(sceneName: string): ShotId | undefined {
    return Object.entries(this.mapping.shots).find(([, shot]) => shot.scene === sceneName)?.[0];
  }

  private update(patch: Partial<SwitcherState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
  }
}

function idle(): SwitcherState {
  return {
    connected: false,
    graphicsOn: {},
    recording: { active: false },
    streaming: { active: false },
  };
}
