import type { Activity } from "botbuilder";
import { readMeetingEvent } from "./meeting-event";

/**
 * Why a request body cannot be taken as an activity, checked before any turn runs so that the
 * answer is a plain 400 rather than a failed turn: not a JSON object, no type, a meeting event
 * without a meeting id or time, a card action without its action. Undefined when it is usable.
 */
export function activityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return "the body is not a JSON object";
  const activity = body as Partial<Activity>;
  if (typeof activity.type !== "string" || activity.type === "") return "the activity has no type";

  const meeting = readMeetingEvent(activity);
  if (meeting && !meeting.ok) return meeting.problem;
  const cardAction = activity.type === "invoke" && activity.name === "adaptiveCard/action";
  if (cardAction && !isRecord((activity.value as { action?: unknown } | undefined)?.action)) {
    return "an adaptiveCard/action invoke needs value.action";
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}
