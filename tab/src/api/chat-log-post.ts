/** One post of the bot to the meeting chat, as the clerk's chat log shows it. */
export interface ChatLogPost {
  id: string;
  createdAt: string;
  deliveredAt?: string;
  /** The outbox state: pending, delivered, failed ... shown as the service names it. */
  status: string;
  attempts: number;
  kind: string;
  text: string;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Reads the chat log answer (`{ posts: [...] }`), dropping posts without an id or a time. */
export function parseChatLog(body: unknown): ChatLogPost[] | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const posts = (body as { posts?: unknown }).posts;
  if (!Array.isArray(posts)) return undefined;
  return posts.flatMap((raw: unknown): ChatLogPost[] => {
    if (typeof raw !== "object" || raw === null) return [];
    const p = raw as Record<string, unknown>;
    const id = str(p.id);
    const createdAt = str(p.createdAt);
    if (!id || !createdAt) return [];
    return [
      {
        id,
        createdAt,
        deliveredAt: str(p.deliveredAt),
        status: str(p.status) ?? "",
        attempts: typeof p.attempts === "number" ? p.attempts : 0,
        kind: str(p.kind) ?? "",
        text: str(p.text) ?? "",
      },
    ];
  });
}
