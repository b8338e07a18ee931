import type { Role } from "@council/core";

/**
 * The views of the tab. `agenda` is the read-only agenda and results of the meeting chat and
 * details tabs; the public live page is a route of its own, not a view of a signed-in person.
 */
export type ViewName = "councillor" | "chair" | "clerk" | "stage" | "agenda";

/** Every view, in the order the view links list them. */
export const viewNames: readonly ViewName[] = ["councillor", "chair", "clerk", "stage", "agenda"];

/** Whether a string from the address names a view. */
export function isViewName(value: string | null | undefined): value is ViewName {
  return viewNames.includes(value as ViewName);
}

/** The views a role may open: a member does not get the chair's console, a clerk has no ballot. */
export function viewsFor(role: Role): ViewName[] {
  switch (role) {
    case "chair":
      return ["chair", "councillor", "clerk", "stage", "agenda"];
    case "clerk":
      return ["clerk", "stage", "agenda"];
    case "member":
      return ["councillor", "stage", "agenda"];
  }
}

/**
 * The view to show when the address names none: Teams' frame context first (the stage shows the
 * stage, a chat or details tab the agenda), then the person's role.
 */
export function defaultView(role: Role, frameContext?: string): ViewName {
  if (frameContext === "meetingStage") return "stage";
  if (frameContext === "content") return "agenda";
  return viewsFor(role)[0]!;
}

/** The view asked for when the role may open it, else the default one. */
export function chooseView(
  role: Role,
  asked: ViewName | undefined,
  frameContext?: string,
): ViewName {
  if (asked && viewsFor(role).includes(asked)) return asked;
  return defaultView(role, frameContext);
}
