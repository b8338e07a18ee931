import type { Vote } from "@council/core";
import type { Messages } from "../messages/messages";

/**
 * The motion as a reader sees it. A test vote has no motion of its own: its label is rendered
 * in the reader's language rather than stored in the chair's.
 */
export function voteMotion(vote: Pick<Vote, "motion" | "purpose">, t: Messages): string {
  return vote.purpose.kind === "test" ? t.vote.testMotion : vote.motion;
}
