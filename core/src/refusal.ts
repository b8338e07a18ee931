/** Stable codes for the expected refusals of a command. Clients and tests rely on them: never rename. */
export type RefusalCode =
  | "invalid_command"
  | "session_exists"
  | "session_not_found"
  | "session_not_open"
  | "session_already_open"
  | "session_closed"
  | "not_a_member"
  | "not_on_roster"
  | "not_chair"
  | "not_allowed"
  | "no_quorum"
  | "agenda_not_approved"
  | "agenda_already_approved"
  | "vote_required"
  | "item_not_found"
  | "item_not_current"
  | "item_already_done"
  | "item_in_progress"
  | "reorder_mismatch"
  | "already_requested"
  | "no_request"
  | "queue_empty"
  | "floor_taken"
  | "floor_free"
  | "contribution_limit"
  | "conflict_already_declared"
  | "vote_not_found"
  | "vote_open"
  | "vote_closed"
  | "already_voted"
  | "not_present"
  | "conflict_bars_vote"
  | "already_recorded";

/** An expected "no" to a command: a value with a code, never an exception. */
export interface Refusal {
  code: RefusalCode;
  message: string;
}

export function refusal(code: RefusalCode, message: string): Refusal {
  return { code, message };
}
