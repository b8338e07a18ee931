/** Why Teams' meeting API did not answer a question about a meeting. */
export type MeetingApiErrorCode =
  /** 403: the app is not installed in the meeting (or lacks its resource-specific consent). */
  | "meeting_app_not_installed"
  /** 404: Teams no longer knows the meeting (it has expired) or the participant in it. */
  | "meeting_expired"
  /** Anything else: no answer, a 5xx, a binding without an address. */
  | "teams_unavailable";

/** A call to Teams' `/v1/meetings` API that failed, with what the caller and the log need. */
export class MeetingApiError extends Error {
  override readonly name = "MeetingApiError";

  constructor(
    readonly code: MeetingApiErrorCode,
    message: string,
    readonly meetingId: string,
    /** The HTTP status Teams answered with, when it answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

interface RestErrorLike {
  statusCode?: number;
  message?: string;
}

/** Maps what botbuilder throws (an @azure RestError, or anything else) to a MeetingApiError. */
export function toMeetingApiError(error: unknown, meetingId: string): MeetingApiError {
  if (error instanceof MeetingApiError) return error;
  const status = (error as RestErrorLike | undefined)?.statusCode;
  if (status === 403) {
    const message = "the Council Live app is not installed in this meeting; add it to the meeting";
    return new MeetingApiError("meeting_app_not_installed", message, meetingId, status);
  }
  if (status === 404) {
    const message =
      "Teams no longer knows this meeting (it has expired) or you are not its participant";
    return new MeetingApiError("meeting_expired", message, meetingId, status);
  }
  const cause = (error as RestErrorLike | undefined)?.message ?? String(error);
  const message = `Teams did not answer about the meeting: ${cause}`;
  return new MeetingApiError("teams_unavailable", message, meetingId, status);
}
