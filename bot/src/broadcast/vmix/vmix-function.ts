type OverlayChannel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * The vMix functions the adapter may call: explicit in/out and start/stop only. The toggles
 * (`OverlayInput1`, `StartStopRecording`) are left out on purpose: after a lost reply nobody
 * knows which way they went.
 */
export type VmixFunctionName =
  | "SetText"
  | "PreviewInput"
  | "Cut"
  | "Fade"
  | "CutDirect"
  | "StartRecording"
  | "StopRecording"
  | "StartStreaming"
  | "StopStreaming"
  | "NDISelectSourceByName"
  | "WriteDurationToRecordingLog"
  | `OverlayInput${OverlayChannel}In`
  | `OverlayInput${OverlayChannel}Out`;

/** One function call, in the parameters both APIs share. */
export interface VmixFunctionCall {
  name: VmixFunctionName;
  /** An input key (GUID); the adapter never sends numbers. */
  input?: string;
  /** A title field, `Name.Text`. */
  selectedName?: string;
  value?: string;
  /** Transition length in milliseconds. */
  duration?: number;
}

/** `OverlayInput3In` / `OverlayInput3Out` for a channel from the mapping. */
export function overlayFunction(channel: number, on: boolean): VmixFunctionName {
  if (!Number.isInteger(channel) || channel < 1 || channel > 8) {
    throw new RangeError(`vMix has overlay channels 1 to 8, not ${channel}`);
  }
  return `OverlayInput${channel as OverlayChannel}${on ? "In" : "Out"}`;
}

/**
 * The query string of a call without `Function`: `Input=…&SelectedName=…&Value=…`. Every value
 * is URL-encoded, and a space goes out as `%20`, not `+`: vMix does not read `+` as a space on
 * every path, and "ODS & TOP 09" must not split the query at its ampersand.
 */
export function vmixQuery(call: VmixFunctionCall): string {
  const params = new URLSearchParams();
  if (call.input !== undefined) params.set("Input", call.input);
  if (call.selectedName !== undefined) params.set("SelectedName", call.selectedName);
  if (call.value !== undefined) params.set("Value", call.value);
  if (call.duration !== undefined) params.set("Duration", String(Math.round(call.duration)));
  // URLSearchParams writes a literal "+" as %2B, so every "+" left stands for a space.
  return params.toString().replace(/\+/g, "%20");
}
