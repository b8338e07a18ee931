/** One thing wrong in a mapping file, at a path such as `shots["seat.12"].input`. */
export interface MappingProblem {
  path: string;
  message: string;
}

/** The mapping file cannot be read or does not describe a usable broadcast; names every problem. */
export class BroadcastMappingError extends Error {
  readonly code = "broadcast_mapping_invalid";

  constructor(
    readonly source: string,
    readonly problems: MappingProblem[],
  ) {
    super(
      `${source}: ${problems.length === 1 ? "" : `${problems.length} problems:\n  `}` +
        problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("\n  "),
    );
    this.name = "BroadcastMappingError";
  }
}
