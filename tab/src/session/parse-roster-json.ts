import type { Member, Role } from "@council/core";

/** Why an uploaded roster cannot be used, precise enough to fix the file. */
export type RosterProblem =
  | { kind: "not_json" }
  | { kind: "not_a_list" }
  | { kind: "empty" }
  | { kind: "bad_member"; index: number; field: string }
  | { kind: "duplicate_id"; id: string };

export type RosterParse = { ok: true; members: Member[] } | { ok: false; problem: RosterProblem };

const roles: readonly Role[] = ["member", "chair", "clerk"];
const required = ["id", "name", "group"] as const;
const optional = ["title", "familyName", "aadObjectId"] as const;

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/** One entry as a member with only the known fields, or the first field that is wrong. */
function toMember(entry: unknown): Member | string {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return "id";
  const raw = entry as Record<string, unknown>;
  const missing = required.find((field) => !isText(raw[field]));
  if (missing) return missing;
  if (!roles.includes(raw.role as Role)) return "role";
  const member: Member = {
    id: String(raw.id).trim(),
    name: String(raw.name).trim(),
    group: String(raw.group).trim(),
    role: raw.role as Role,
  };
  for (const field of optional) {
    const value = raw[field];
    if (value === undefined || value === null || value === "") continue;
    if (!isText(value)) return field;
    member[field] = value.trim();
  }
  return member;
}

function listOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (typeof json !== "object" || json === null) return undefined;
  const members = (json as { members?: unknown }).members;
  return Array.isArray(members) ? members : undefined;
}

/**
 * The roster of a new session from an uploaded JSON file: `{ members: [...] }` or a bare array
 * of members. Only the fields a member has are kept, so nothing else in the file reaches the log.
 */
export function parseRosterJson(text: string): RosterParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problem: { kind: "not_json" } };
  }
  const list = listOf(json);
  if (!list) return { ok: false, problem: { kind: "not_a_list" } };
  if (list.length === 0) return { ok: false, problem: { kind: "empty" } };
  const members: Member[] = [];
  const ids = new Set<string>();
  for (const [index, entry] of list.entries()) {
    const member = toMember(entry);
    if (typeof member === "string")
      return { ok: false, problem: { kind: "bad_member", index, field: member } };
    if (ids.has(member.id)) return { ok: false, problem: { kind: "duplicate_id", id: member.id } };
    ids.add(member.id);
    members.push(member);
  }
  return { ok: true, members };
}
