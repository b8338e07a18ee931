/**
 * Failures of the vMix adapter that are not "the switcher is down" (that is BroadcastUnavailable
 * from the port): vMix refused a function, spoke something that is not its API, or the mapping
 * names an input or title field that this vMix does not have.
 */

/** vMix answered `FUNCTION ER` (TCP) or 500 (HTTP): it was reached and refused the function. */
export class VmixFunctionError extends Error {
  readonly code = "vmix_function_refused";

  constructor(
    readonly functionName: string,
    readonly reply: string,
  ) {
    super(`vMix refused ${functionName}: ${reply || "no reason given"}`);
    this.name = "VmixFunctionError";
  }
}

/** The peer on the TCP port does not speak the vMix TCP API (often: the HTTP port given). */
export class VmixProtocolError extends Error {
  readonly code = "vmix_protocol";

  constructor(message: string) {
    super(message);
    this.name = "VmixProtocolError";
  }
}

/** A shot or graphic names an input or field that the current vMix state does not have. */
export class VmixTargetMissing extends Error {
  readonly code = "broadcast_target_missing";

  constructor(
    readonly what: string,
    reason: string,
  ) {
    super(`${what}: ${reason}`);
    this.name = "VmixTargetMissing";
  }
}

/** A document that is not a vMix state at all (not merely odd). */
export class VmixXmlError extends Error {
  readonly code = "vmix_xml_invalid";

  constructor(message: string) {
    super(message);
    this.name = "VmixXmlError";
  }
}
