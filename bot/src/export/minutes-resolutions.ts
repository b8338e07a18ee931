import type { SessionState } from "@council/core";
import type { MinutesContext } from "./minutes-context";
import type { MinutesItem, MinutesResolution, MinutesVote } from "./minutes-model";
import { resolutionNumber, sessionNumberFromTitle } from "./resolution-number";
import { yearOf } from "./session-clock";

export interface NumberingOptions {
  pattern: string;
  sessionNumber?: string;
  first: number;
  /** Whether adopted agenda votes are numbered as procedural resolutions. */
  procedural: boolean;
}

/**
 * Numbers the adopted votes as resolutions, in the order of the votes, and writes each number
 * back onto its vote in `items`. A test vote is never a resolution.
 */
export function numberResolutions(
  state: SessionState,
  items: MinutesItem[],
  ctx: MinutesContext,
  options: NumberingOptions,
): MinutesResolution[] {
  const session = options.sessionNumber ?? sessionNumberFromTitle(state.title) ?? state.id;
  const dateSource = state.openedAt ?? state.scheduledFor ?? state.lastTime ?? "";
  const year = dateSource ? yearOf(dateSource, state.timeZone) : "";
  const adopted = items
    .flatMap((item) => item.votes.map((vote) => ({ item, vote })))
    .filter(({ vote }) => isResolution(vote, options.procedural))
    .sort((a, b) => a.vote.number - b.vote.number);

  return adopted.map(({ item, vote }, index) => {
    const fields = {
      number: options.first + index,
      session,
      year,
      item: item.number,
      vote: vote.number,
    };
    vote.resolutionNumber = resolutionNumber(options.pattern, fields);
    return {
      number: vote.resolutionNumber,
      voteNumber: vote.number,
      itemNumber: item.number,
      itemTitle: item.title,
      text: vote.motion,
      procedural: vote.purpose !== "resolution",
      adoptedAt: vote.closedAt ?? ctx.at(state.lastTime ?? ""),
    };
  });
}

function isResolution(vote: MinutesVote, procedural: boolean): boolean {
  if (vote.outcome !== "adopted" || vote.purpose === "test") return false;
  return vote.purpose === "resolution" || procedural;
}
