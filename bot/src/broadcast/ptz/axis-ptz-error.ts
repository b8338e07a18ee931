/** The camera was reached and did not do what was asked, or could not be reached at all. */
export class AxisPtzError extends Error {
  readonly code = "ptz_failed";

  constructor(
    readonly camera: string,
    message: string,
    readonly status?: number,
  ) {
    super(`camera ${camera}: ${message}`);
    this.name = "AxisPtzError";
  }
}
