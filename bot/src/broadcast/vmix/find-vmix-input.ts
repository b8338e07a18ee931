import type { VmixInput, VmixState } from "./vmix-state";

/**
 * Finds an input the way vMix's `Input` parameter does, but key first: the GUID key, then the
 * exact (case-sensitive) title, then the short title. Numbers are not accepted on purpose: they
 * shift when the operator reorders inputs.
 */
export function findVmixInput(state: VmixState, ref: string): VmixInput | undefined {
  return (
    state.inputs.find((input) => input.key === ref) ??
    state.inputs.find((input) => input.title === ref) ??
    state.inputs.find((input) => input.shortTitle === ref)
  );
}
