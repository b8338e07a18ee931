import type { RefusalCode } from "@council/core";

/** Refusals the API adds to the core's: about the Teams meeting a session runs in. */
export type ApiRefusalCode =
  /** A chair's action in a meeting by someone Teams does not list as organizer or presenter. */
  | "not_meeting_presenter"
  /** The session is not bound to a Teams meeting, so there is nobody to notify. */
  | "not_in_meeting";

/** An expected "no" from the API or the core: a value with a stable code. */
export interface ApiRefusal {
  code: ApiRefusalCode | RefusalCode;
  message: string;
}
