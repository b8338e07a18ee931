import type { ClientMessage } from "@council/core";
import { z } from "zod";

const clientMessage = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("subscribe"),
    sessionId: z.string().min(1).max(200),
    since: z.number().int().min(0).optional(),
  }),
  z.object({ type: z.literal("unsubscribe"), sessionId: z.string().min(1).max(200) }),
  z.object({ type: z.literal("ping") }),
]);

/** Validates one message from a live-feed client; anything else is answered with an error. */
export function parseClientMessage(
  raw: string,
): { ok: true; message: ClientMessage } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, message: "not JSON" };
  }
  const result = clientMessage.safeParse(json);
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? "invalid" };
  return { ok: true, message: result.data };
}
