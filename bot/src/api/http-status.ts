import type { RefusalCode } from "@council/core";
import { AuthError } from "../auth/auth-error";
import { KeySetUnavailableError } from "../auth/key-set-unavailable-error";
import { MeetingApiError } from "../teams/meeting-roles-api-error";
import type { ApiRefusalCode } from "./api-refusal";

const forbidden: ReadonlySet<string> = new Set([
  "not_chair",
  "not_a_member",
  "not_on_roster",
  "not_allowed",
  "not_meeting_presenter",
]);
const notFound: ReadonlySet<string> = new Set([
  "session_not_found",
  "item_not_found",
  "vote_not_found",
]);

/** The HTTP status of a refusal: who you are (403), what does not exist (404), the state (409). */
export function statusOfRefusal(code: RefusalCode | ApiRefusalCode): number {
  if (code === "invalid_command") return 400;
  if (forbidden.has(code)) return 403;
  if (notFound.has(code)) return 404;
  return 409;
}

/** An error as the API answers it. */
export interface HttpFailure {
  status: number;
  code: string;
  message: string;
}

/**
 * The HTTP answer to an error the API expects: an identity not established (401), the identity
 * provider's keys out of reach (503), Teams' meeting API refusing (409: the app is not in the
 * meeting or the meeting has expired) or not answering (502). Undefined for anything else, which
 * is a bug and goes to the server's 500 handler.
 */
export function httpFailureOf(error: unknown): HttpFailure | undefined {
  if (error instanceof AuthError) return { status: 401, code: error.code, message: error.message };
  if (error instanceof KeySetUnavailableError)
    return { status: 503, code: error.code, message: error.message };
  if (error instanceof MeetingApiError) {
    const status = error.code === "teams_unavailable" ? 502 : 409;
    return { status, code: error.code, message: error.message };
  }
  return undefined;
}
