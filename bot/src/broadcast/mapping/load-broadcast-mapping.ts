import { readFile } from "node:fs/promises";
import type { BroadcastMapping } from "./broadcast-mapping";
import { BroadcastMappingError } from "./broadcast-mapping-error";
import { parseBroadcastMapping } from "./parse-broadcast-mapping";

/**
 * Reads and checks a council's mapping file (JSON). A missing file, bad JSON or a bad mapping
 * all throw BroadcastMappingError naming the file and, where it can, the path inside it.
 */
export async function loadBroadcastMapping(file: string): Promise<BroadcastMapping> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new BroadcastMappingError(file, [{ path: "", message: (error as Error).message }]);
  }

  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new BroadcastMappingError(file, [
      { path: "", message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
  return parseBroadcastMapping(document, file);
}
