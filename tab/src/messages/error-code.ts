import type { RefusalCode } from "@council/core";

/** Error codes of the service and the transport, besides the core's refusals. */
export type ServiceErrorCode =
  | "network"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "server_error"
  | "bad_response"
  | "protocol_mismatch"
  | "no_token"
  | "no_session"
  | "unauthenticated"
  | "token_invalid"
  | "token_expired"
  | "token_not_yet_valid"
  | "token_untrusted_issuer"
  | "token_wrong_audience"
  | "token_wrong_tenant"
  | "session_unavailable"
  | "bad_message"
  | "invalid_query"
  | "unknown";

/** Every code a message can be shown for. */
export type ErrorCode = RefusalCode | ServiceErrorCode;
