import type { GraphicSlot } from "../broadcast-port";
import type { ShotPicture } from "./broadcast-picture";

/**
 * One step the director asks of the switcher. `key` names what it sets: a later step with the
 * same key supersedes an earlier one still waiting, since only the latest state matters.
 */
export type DirectorAction =
  | { key: "shot"; kind: "shot"; shot: ShotPicture }
  | {
      key: `graphic:${GraphicSlot}`;
      kind: "graphic";
      slot: GraphicSlot;
      /** New text for the slot; absent when only its visibility changes. */
      fields?: Record<string, string>;
      /** In or out; absent when only the text changes on a graphic already on air. */
      show?: boolean;
    }
  | {
      key: `mark:${string}`;
      kind: "mark";
      sessionId: string;
      itemId: string;
      title: string;
      /** When the director saw the item start (ms since the epoch), to correct a late mark. */
      seenAtMs: number;
    };

/** Whether an action carries state (restored by a resync) or is a one-off (a chapter mark). */
export function carriesState(action: DirectorAction): boolean {
  return action.kind !== "mark";
}

/** `older` and `newer` for the same key folded into one step that leaves the same end state. */
export function supersede(older: DirectorAction, newer: DirectorAction): DirectorAction {
  if (older.kind !== "graphic" || newer.kind !== "graphic") return newer;
  const fields = newer.fields ?? older.fields;
  const show = newer.show ?? older.show;
  return {
    ...newer,
    ...(fields ? { fields } : {}),
    ...(show === undefined ? {} : { show }),
  };
}
