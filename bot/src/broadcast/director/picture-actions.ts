import type { GraphicSlot } from "../broadcast-port";
import type { BroadcastPicture, GraphicPicture, ShotPicture } from "./broadcast-picture";
import type { DirectorAction } from "./director-action";

/**
 * The steps that take the switcher from one picture to the next: the slots being taken off
 * first, then the new shot, then the text and the slots coming on, so a lower third never
 * shows over the wrong speaker's shot. With no previous picture every step is taken: a resync.
 */
export function pictureActions(
  previous: BroadcastPicture | undefined,
  next: BroadcastPicture,
): DirectorAction[] {
  const slots = Object.keys(next.graphics) as GraphicSlot[];
  const goingOff: DirectorAction[] = [];
  const rest: DirectorAction[] = [];
  for (const slot of slots) {
    const action = graphicAction(slot, previous?.graphics[slot], next.graphics[slot]);
    if (!action) continue;
    if (action.show === false) goingOff.push(action);
    else rest.push(action);
  }
  const shot = shotAction(previous?.shot, next.shot, previous === undefined);
  return [...goingOff, ...(shot ? [shot] : []), ...rest];
}

function shotAction(
  previous: ShotPicture | undefined,
  next: ShotPicture | undefined,
  always: boolean,
): DirectorAction | undefined {
  if (!next) return undefined;
  if (!always && previous && sameShot(previous, next)) return undefined;
  return { key: "shot", kind: "shot", shot: next };
}

function graphicAction(
  slot: GraphicSlot,
  previous: GraphicPicture | undefined,
  next: GraphicPicture | undefined,
): Extract<DirectorAction, { kind: "graphic" }> | undefined {
  if (!next) return undefined;
  const base = { key: `graphic:${slot}` as const, kind: "graphic" as const, slot };
  if (!previous) return { ...base, show: next.on, ...(next.fields ? { fields: next.fields } : {}) };
  if (!next.on) return previous.on ? { ...base, show: false } : undefined;

  const changed = !sameFields(previous.fields, next.fields);
  if (previous.on && !changed) return undefined;
  return {
    ...base,
    ...(changed && next.fields ? { fields: next.fields } : {}),
    ...(previous.on ? {} : { show: true }),
  };
}

function sameShot(a: ShotPicture, b: ShotPicture): boolean {
  return a.shot === b.shot && a.ndiSource === b.ndiSource;
}

function sameFields(
  a: Record<string, string> | undefined,
  b: Record<string, string> | undefined,
): boolean {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].every((key) => a?.[key] === b?.[key]);
}
