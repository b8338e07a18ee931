import type { RefusalCode } from "@council/core";

const forbidden: ReadonlySet<string> = new Set([
  "not_chair",
  "not_a_member",
  "not_on_roster",
  "not_allowed",
]);
const notFound: ReadonlySet<string> = new Set([
  "session_not_found",
  "item_not_found",
  "vote_not_found",
]);

/** The HTTP status of a refusal: who you are (403), what does not exist (404), the state (409). */
export function statusOfRefusal(code: RefusalCode): number {
  if (code === "invalid_command") return 400;
  if (forbidden.has(code)) return 403;
  if (notFound.has(code)) return 404;
  return 409;
}
