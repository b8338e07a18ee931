import type { MappingCheck } from "../broadcast-port";
import type { BroadcastMapping, GraphicMapping } from "../mapping/broadcast-mapping";
import { graphicSlots } from "../mapping/broadcast-mapping";
import { findVmixInput } from "./find-vmix-input";
import type { VmixInput, VmixState } from "./vmix-state";

/**
 * Checks a mapping against a vMix state: every shot's input, every graphic's title input, its
 * overlay channel and each of its text fields, found or missing. Camera presets are checked by
 * the PTZ controller, not here.
 */
export function checkVmixMapping(mapping: BroadcastMapping, state: VmixState): MappingCheck[] {
  const checks: MappingCheck[] = [];
  for (const [shot, target] of Object.entries(mapping.shots)) {
    checks.push(checkShot(state, shot, target.input ?? "", target.ndi === true));
  }
  for (const slot of graphicSlots) {
    const graphic = mapping.graphics[slot];
    if (graphic) checks.push(...checkGraphic(state, slot, graphic));
  }
  return checks;
}

function checkShot(state: VmixState, shot: string, ref: string, ndi: boolean): MappingCheck {
  const what = `shot ${shot}`;
  const input = findVmixInput(state, ref);
  if (!input) return { what, target: ref, found: false, detail: "no input with this key or title" };
  if (ndi && input.type !== "NDI") {
    return { what, target: ref, found: false, detail: `${describe(input)}, not an NDI input` };
  }
  return { what, target: ref, found: true, detail: describe(input) };
}

function checkGraphic(state: VmixState, slot: string, graphic: GraphicMapping): MappingCheck[] {
  const ref = graphic.input ?? "";
  const input = findVmixInput(state, ref);
  const checks: MappingCheck[] = [
    input
      ? { what: `graphic ${slot}`, target: ref, found: true, detail: describe(input) }
      : { what: `graphic ${slot}`, target: ref, found: false, detail: "no title input" },
  ];
  const channel = graphic.overlay ?? 0;
  const overlay = state.overlays.some((candidate) => candidate.number === channel);
  checks.push({
    what: `graphic ${slot} overlay`,
    target: `overlay ${channel}`,
    found: overlay,
    ...(overlay ? {} : { detail: "this vMix has no such overlay channel" }),
  });
  for (const [field, name] of Object.entries(graphic.fields)) {
    const found = input?.texts.some((text) => text.name === name) ?? false;
    checks.push({
      what: `graphic ${slot}.${field}`,
      target: `${ref} / ${name}`,
      found,
      ...(found ? {} : { detail: input ? "no such text field in the title" : "no title input" }),
    });
  }
  return checks;
}

function describe(input: VmixInput): string {
  return `input ${input.number ?? "?"} (${input.type || "unknown type"}), key ${input.key}`;
}
