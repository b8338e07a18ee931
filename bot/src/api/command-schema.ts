import type { Command } from "@council/core";
import { z } from "zod";

const id = z.string().trim().min(1).max(200);
const text = (max: number) => z.string().max(max);
const itemDraft = z.object({
  title: z.string().trim().min(1).max(500),
  reporter: text(200).optional(),
  draftResolution: text(20_000).optional(),
});
const member = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  familyName: text(200).optional(),
  title: text(100).optional(),
  group: text(200),
  role: z.enum(["member", "chair", "clerk"]),
  aadObjectId: text(100).optional(),
});
const purpose = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("resolution") }),
  z.object({ kind: z.literal("test") }),
  z.object({ kind: z.literal("approve_agenda") }),
  z.object({
    kind: z.literal("add_item"),
    item: itemDraft,
    position: z.number().int().min(0).optional(),
  }),
  z.object({ kind: z.literal("withdraw_item"), itemId: id }),
  z.object({ kind: z.literal("reorder_agenda"), itemIds: z.array(id).max(500) }),
]);
const floorKind = z.enum(["speech", "technical", "factual"]);

/** Every command the API accepts, checked field by field before it reaches the core. */
export const commandSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("create_session"),
    title: z.string().trim().min(1).max(500),
    council: z.string().trim().min(1).max(300),
    place: text(300).optional(),
    scheduledFor: z.iso.datetime({ offset: true }).optional(),
    timeZone: text(100).optional(),
    members: z.array(member).min(1).max(500),
    agenda: z.array(itemDraft.extend({ id })).max(500),
    ruleSetId: text(100).optional(),
  }),
  z.object({ type: z.literal("open_session") }),
  z.object({
    type: z.literal("record_attendance"),
    memberId: id,
    mode: z.enum(["room", "remote", "absent"]),
  }),
  z.object({ type: z.literal("approve_agenda") }),
  z.object({
    type: z.literal("add_item"),
    item: itemDraft,
    position: z.number().int().min(0).optional(),
  }),
  z.object({ type: z.literal("withdraw_item"), itemId: id, reason: text(1000).optional() }),
  z.object({ type: z.literal("reorder_agenda"), itemIds: z.array(id).max(500) }),
  z.object({ type: z.literal("start_item"), itemId: id }),
  z.object({ type: z.literal("end_item"), itemId: id }),
  z.object({ type: z.literal("request_floor"), kind: floorKind.optional() }),
  z.object({ type: z.literal("withdraw_floor_request"), memberId: id.optional() }),
  z.object({ type: z.literal("grant_floor"), memberId: id.optional() }),
  z.object({ type: z.literal("end_floor") }),
  z.object({ type: z.literal("declare_conflict"), itemId: id, note: text(2000).optional() }),
  z.object({
    type: z.literal("open_vote"),
    motion: text(20_000).optional(),
    purpose: purpose.optional(),
  }),
  z.object({
    type: z.literal("cast_ballot"),
    voteId: id,
    choice: z.enum(["yes", "no", "abstain"]),
  }),
  z.object({ type: z.literal("close_vote"), voteId: id }),
  z.object({
    type: z.literal("close_session"),
    reason: z.enum(["adjourned", "quorum_lost"]).optional(),
  }),
]);

/** Parses a command body; the message names the first field that is wrong. */
export function parseCommand(
  body: unknown,
): { ok: true; command: Command } | { ok: false; message: string } {
  const result = commandSchema.safeParse(body);
  if (result.success) return { ok: true, command: result.data as Command };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return { ok: false, message: `${where}${issue?.message ?? "invalid command"}` };
}
