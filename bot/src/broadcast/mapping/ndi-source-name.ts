import type { BroadcastMapping } from "./broadcast-mapping";

/**
 * The NDI source name of a Teams participant from the mapping's template, e.g.
 * `"REZIE-PC (MS Teams - {name})"` with "Jan Novák" → `"REZIE-PC (MS Teams - Jan Novák)"`.
 */
export function ndiSourceName(
  mapping: Pick<BroadcastMapping, "ndiSourceTemplate">,
  displayName: string,
) {
  return mapping.ndiSourceTemplate.split("{name}").join(displayName);
}
