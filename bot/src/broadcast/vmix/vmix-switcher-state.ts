import type { GraphicSlot, SwitcherState } from "../broadcast-port";
import type { BroadcastMapping } from "../mapping/broadcast-mapping";
import { findVmixInput } from "./find-vmix-input";
import type { VmixState } from "./vmix-state";

/** Wall-clock starts of the outputs, for when vMix gives no duration. */
export interface OutputStarts {
  recording?: number;
  streaming?: number;
}

/**
 * The port's view of a vMix state: which mapped shot is on program and preview, which graphic
 * slots are on their overlay channel, and how long recording and streaming have run (vMix's
 * recording duration when it gives one, else the wall clock since the start was seen).
 */
export function vmixSwitcherState(
  mapping: BroadcastMapping,
  state: VmixState | undefined,
  connected: boolean,
  starts: OutputStarts,
  now: number,
): SwitcherState {
  if (!state) {
    return {
      connected,
      graphicsOn: {},
      recording: { active: false },
      streaming: { active: false },
    };
  }
  const shotOf = (key: string | undefined) =>
    key === undefined
      ? undefined
      : Object.entries(mapping.shots).find(
          ([, shot]) => shot.input !== undefined && findVmixInput(state, shot.input)?.key === key,
        )?.[0];
  const graphicsOn: Partial<Record<GraphicSlot, boolean>> = {};
  for (const [slot, graphic] of Object.entries(mapping.graphics)) {
    const key = graphic?.input === undefined ? undefined : findVmixInput(state, graphic.input)?.key;
    const overlay = state.overlays.find((candidate) => candidate.number === graphic?.overlay);
    graphicsOn[slot as GraphicSlot] = key !== undefined && overlay?.inputKey === key;
  }
  return {
    connected,
    program: shotOf(state.activeKey),
    preview: shotOf(state.previewKey),
    graphicsOn,
    recording: output(
      state.recording.active,
      state.recording.durationSeconds,
      starts.recording,
      now,
    ),
    streaming: output(state.streaming.active, undefined, starts.streaming, now),
  };
}

function output(
  active: boolean,
  durationSeconds: number | undefined,
  start: number | undefined,
  now: number,
) {
  if (!active) return { active };
  if (durationSeconds !== undefined) return { active, elapsedMs: durationSeconds * 1000 };
  if (start !== undefined) return { active, elapsedMs: Math.max(0, now - start) };
  return { active };
}
