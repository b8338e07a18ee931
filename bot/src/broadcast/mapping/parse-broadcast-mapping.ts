import type { z } from "zod";
import {
  broadcastMappingSchema,
  type BroadcastMapping,
  type GraphicMapping,
  type ShotMapping,
} from "./broadcast-mapping";
import { BroadcastMappingError, type MappingProblem } from "./broadcast-mapping-error";

/**
 * Checks a parsed mapping document: the schema, then what the schema cannot say alone (a vMix
 * shot names an input, an OBS shot a scene, presets name a configured camera, remotes name a
 * mapped remote shot). Throws BroadcastMappingError naming every problem by its path.
 *
 * @example parseBroadcastMapping(JSON.parse(text), "broadcast.json")
 */
export function parseBroadcastMapping(document: unknown, source: string): BroadcastMapping {
  const parsed = broadcastMappingSchema.safeParse(document);
  if (!parsed.success) throw new BroadcastMappingError(source, parsed.error.issues.map(toProblem));

  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new BroadcastMappingError(source, problems);
  return parsed.data;
}

/** `["shots", "seat.12", "input"]` → `shots["seat.12"].input`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      const text = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(text)) return index === 0 ? text : `.${text}`;
      return `[${JSON.stringify(text)}]`;
    })
    .join("");
}

function toProblem(issue: z.core.$ZodIssue): MappingProblem {
  // A bad record key says only "Invalid key in record"; the reason is in the nested issue.
  const inner = issue.code === "invalid_key" ? issue.issues[0] : undefined;
  return { path: formatPath(issue.path), message: inner?.message ?? issue.message };
}

function crossCheck(mapping: BroadcastMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const kind = mapping.switcher.kind;
  for (const [id, shot] of Object.entries(mapping.shots)) {
    problems.push(...checkShot(kind, id, shot, Object.keys(mapping.cameras)));
  }
  for (const [slot, graphic] of Object.entries(mapping.graphics)) {
    if (graphic) problems.push(...checkGraphic(kind, slot, graphic));
  }
  for (const [memberId, shotId] of Object.entries(mapping.remotes)) {
    if (!/^remote\.\d+$/.test(shotId) || !mapping.shots[shotId]) {
      problems.push({
        path: formatPath(["remotes", memberId]),
        message: `"${shotId}" is not a remote.<n> shot mapped in "shots"`,
      });
    }
  }
  return problems;
}

function checkShot(
  kind: "vmix" | "obs",
  id: string,
  shot: ShotMapping,
  cameras: string[],
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const at = (field: string) => formatPath(["shots", id, field]);
  if (kind === "vmix" && !shot.input) {
    problems.push({ path: at("input"), message: "a vmix shot needs the input key or title" });
  }
  if (kind === "vmix" && shot.scene) {
    problems.push({ path: at("scene"), message: "scene is for an obs switcher; use input" });
  }
  if (kind === "obs" && !shot.scene) {
    problems.push({ path: at("scene"), message: "an obs shot needs the scene name" });
  }
  if (kind === "obs" && shot.input) {
    problems.push({ path: at("input"), message: "input is for a vmix switcher; use scene" });
  }
  if (shot.preset && !cameras.includes(shot.preset.camera)) {
    problems.push({
      path: formatPath(["shots", id, "preset", "camera"]),
      message: `camera "${shot.preset.camera}" is not configured in "cameras"`,
    });
  }
  return problems;
}

function checkGraphic(kind: "vmix" | "obs", slot: string, graphic: GraphicMapping) {
  const needed = kind === "vmix" ? (["input", "overlay"] as const) : (["scene", "item"] as const);
  const foreign = kind === "vmix" ? (["scene", "item"] as const) : (["input", "overlay"] as const);
  const problems: MappingProblem[] = [];
  for (const field of needed) {
    if (graphic[field] === undefined) {
      problems.push({
        path: formatPath(["graphics", slot, field]),
        message: `a ${kind} graphic needs ${field}`,
      });
    }
  }
  for (const field of foreign) {
    if (graphic[field] !== undefined) {
      problems.push({
        path: formatPath(["graphics", slot, field]),
        message: `${field} is not used by a ${kind} switcher`,
      });
    }
  }
  return problems;
}
