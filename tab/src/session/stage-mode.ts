import type { SessionState, Vote } from "@council/core";
import { latestResult } from "./latest-result";

/** What the stage shows below the item. */
export type StageMode =
  | { kind: "vote"; vote: Vote }
  | { kind: "result"; vote: Vote }
  | { kind: "speaker" }
  | { kind: "item" };

/**
 * The stage's panel: an open vote first, then a speaker, then the result of the item's last
 * vote until someone speaks or the next item starts, else the item's draft resolution.
 */
export function stageMode(state: SessionState): StageMode {
  const open = state.votes.find((v) => v.id === state.currentVoteId);
  if (open) return { kind: "vote", vote: open };
  if (state.floor) return { kind: "speaker" };
  const result = latestResult(state);
  if (result) return { kind: "result", vote: result };
  return { kind: "item" };
}
