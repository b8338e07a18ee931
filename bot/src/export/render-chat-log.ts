import type { Lang } from "@council/core";
import { formatDateTime } from "@council/core";
import type { OutboxPost, OutboxStatus } from "../store";
import { activityText } from "./activity-text";
import { csvTable } from "./csv-table";
import { escapeMarkdown as m } from "./escape-markdown";

/** How to print the chat log: times in the session's zone when given, else UTC ISO 8601. */
export interface ChatLogOptions {
  lang?: Lang;
  timeZone?: string;
  /** The session's title, for the heading. */
  title?: string;
}

interface ChatLogWords {
  heading: string;
  empty: string;
  kind: Record<OutboxPost["kind"], string>;
  status: Record<OutboxStatus, string>;
  attempts: string;
  conversation: string;
  activity: string;
  updates: string;
  error: string;
  noText: string;
}

const words: Record<Lang, ChatLogWords> = {
  cs: {
    heading: "Záznam příspěvků bota",
    empty: "Bot do chatu nic neposlal.",
    kind: { post: "příspěvek", update: "úprava příspěvku" },
    status: { pending: "čeká na odeslání", delivered: "doručeno", failed: "nedoručeno" },
    attempts: "Pokusy",
    conversation: "Konverzace",
    activity: "Id zprávy v Teams",
    updates: "Upravuje",
    error: "Poslední chyba",
    noText: "(bez textu)",
  },
  en: {
    heading: "Chat log of the bot",
    empty: "The bot posted nothing to the chat.",
    kind: { post: "post", update: "update" },
    status: { pending: "pending", delivered: "delivered", failed: "failed" },
    attempts: "Attempts",
    conversation: "Conversation",
    activity: "Teams activity id",
    updates: "Updates",
    error: "Last error",
    noText: "(no text)",
  },
};

/** The CSV columns of the chat log, in order. */
export const CHAT_LOG_COLUMNS = [
  "id",
  "created_at",
  "delivered_at",
  "status",
  "attempts",
  "kind",
  "conversation_id",
  "activity_id",
  "text",
] as const;

/**
 * The chat log as Markdown: one section per post with its time, kind and delivery, and the
 * card's text quoted below. Posts are taken in the order given (the outbox lists them as created).
 */
export function renderChatLogMarkdown(
  posts: readonly OutboxPost[],
  options: ChatLogOptions = {},
): string {
  const w = words[options.lang ?? "cs"];
  const heading = `# ${m(options.title ? `${w.heading}: ${options.title}` : w.heading)}`;
  if (posts.length === 0) return `${heading}\n\n${m(w.empty)}\n`;

  const sections = posts.map((post, i) => postMarkdown(post, i + 1, w, options));
  return `${[heading, ...sections].join("\n\n")}\n`;
}

function postMarkdown(
  post: OutboxPost,
  n: number,
  w: ChatLogWords,
  options: ChatLogOptions,
): string {
  const when = (iso: string) =>
    options.timeZone ? formatDateTime(iso, options.timeZone, options.lang ?? "cs") : iso;
  const delivery = post.deliveredAt
    ? `${w.status[post.status]} ${when(post.deliveredAt)}`
    : w.status[post.status];
  const facts = [
    `- **${m(w.attempts)}:** ${post.attempts}`,
    `- **${m(w.conversation)}:** ${m(post.conversationId)}`,
    post.activityId ? `- **${m(w.activity)}:** ${m(post.activityId)}` : undefined,
    post.targetId ? `- **${m(w.updates)}:** ${m(post.targetId)}` : undefined,
    post.lastError && post.status !== "delivered"
      ? `- **${m(w.error)}:** ${m(post.lastError)}`
      : undefined,
    `- id: ${m(post.id)}`,
  ];
  const text = activityText(post.activity);
  const quoted = text ? text.split("\n").map((line) => `> ${m(line)}`) : [`> ${m(w.noText)}`];
  return [
    `## ${n}. ${m(when(post.createdAt))} · ${m(w.kind[post.kind])} · ${m(delivery)}`,
    "",
    ...facts.filter((f): f is string => f !== undefined),
    "",
    quoted.join("\n>\n"),
  ].join("\n");
}

/** The chat log as RFC 4180 CSV with a header row; times stay UTC ISO 8601 for machines. */
export function renderChatLogCsv(posts: readonly OutboxPost[]): string {
  const rows = posts.map((post) => [
    post.id,
    post.createdAt,
    post.deliveredAt ?? "",
    post.status,
    String(post.attempts),
    post.kind,
    post.conversationId,
    post.activityId ?? "",
    activityText(post.activity),
  ]);
  return csvTable([[...CHAT_LOG_COLUMNS], ...rows]);
}
