/** OBS was reached and refused a request; `code` is obs-websocket's request status code. */
export class ObsRequestError extends Error {
  readonly code = "obs_request_refused";

  constructor(
    readonly requestType: string,
    readonly status: number,
    comment: string | undefined,
  ) {
    super(`OBS refused ${requestType} (${status})${comment ? `: ${comment}` : ""}`);
    this.name = "ObsRequestError";
  }
}

/** A shot or graphic names a scene, scene item or text source that the mapping does not have. */
export class ObsTargetMissing extends Error {
  readonly code = "broadcast_target_missing";

  constructor(
    readonly what: string,
    readonly target: string,
  ) {
    super(`${what}: the mapping names no ${target}`);
    this.name = "ObsTargetMissing";
  }
}

/** obs-websocket request status codes the adapter tells apart. */
export const OBS_STATUS = {
  unknownRequestType: 204,
  outputRunning: 500,
  outputNotRunning: 501,
  resourceNotFound: 600,
} as const;

/** obs-websocket closes the socket with this code when the password is wrong. */
export const OBS_AUTH_FAILED = 4009;
