import type { PtzController, SwitcherAdapter } from "../broadcast-port";
import type { ChapterLog } from "../chapters/chapter-log";
import type { ShotPicture } from "./broadcast-picture";
import type { DirectorAction } from "./director-action";

/** What a step needs to run: the switcher, the cameras, the chapter logs, the clock. */
export interface ActionContext {
  adapter: SwitcherAdapter;
  ptz?: PtzController;
  chapters: (sessionId: string) => ChapterLog;
  clock: () => Date;
  /** Notes a failure that does not stop the step (a camera that did not move). */
  failed: (error: unknown, step: string) => void;
}

/** Runs one director step against the switcher; rejects when the switcher refuses or is down. */
export async function runDirectorAction(
  action: DirectorAction,
  context: ActionContext,
): Promise<void> {
  switch (action.kind) {
    case "shot":
      return takeShot(action.shot, context);
    case "graphic":
      if (action.fields) await context.adapter.setGraphic(action.slot, action.fields);
      if (action.show !== undefined) await context.adapter.showGraphic(action.slot, action.show);
      return;
    case "mark":
      return mark(action, context);
  }
}

/** Camera to its preset, remote input to the speaker's Teams source, then the take. */
async function takeShot(shot: ShotPicture, context: ActionContext): Promise<void> {
  const { adapter, ptz } = context;
  if (shot.preset && ptz) {
    // A camera that does not move must not keep the speaker off air: note it and take anyway.
    await ptz.gotoPreset(shot.preset.camera, shot.preset.name).catch((error: unknown) => {
      context.failed(error, `ptz:${shot.preset?.camera}`);
    });
  }
  if (shot.ndiSource && adapter.bindRemote) await adapter.bindRemote(shot.shot, shot.ndiSource);
  await adapter.take(shot.shot);
}

async function mark(
  action: Extract<DirectorAction, { kind: "mark" }>,
  context: ActionContext,
): Promise<void> {
  const switcherMark = await context.adapter.mark(action.title);
  // The mark may have waited in the queue: take the wait off so the offset is the item's start.
  // An item that started before the output did begins at its 0:00.
  const lateMs = context.clock().getTime() - action.seenAtMs;
  const back = (ms: number | undefined) =>
    ms === undefined ? undefined : Math.max(0, Math.round(ms - lateMs));
  context.chapters(action.sessionId).offsets(action.itemId, {
    recordingMs: back(switcherMark.recordingMs),
    streamMs: back(switcherMark.streamMs),
  });
}
