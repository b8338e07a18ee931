import type { OutboxPost, StoredEvent } from "../store";
import { eventLogJsonl, verifyReport } from "./event-log-jsonl";
import type { MinutesOptions } from "./minutes-model";
import { buildMinutesModel } from "./minutes-model";
import { renderChatLogCsv, renderChatLogMarkdown } from "./render-chat-log";
import { renderMinutesHtml } from "./render-minutes-html";
import { renderMinutesMarkdown } from "./render-minutes-markdown";

/** One file of an export: its name in the output folder and its UTF-8 content. */
export interface ExportFile {
  name: string;
  content: string;
}

/** The files of an export, in the order they are written. */
export const EXPORT_FILE_NAMES = [
  "minutes.html",
  "minutes.md",
  "chat-log.md",
  "chat-log.csv",
  "events.jsonl",
  "verify.json",
] as const;

/**
 * Everything the clerk takes away from a session, rendered in memory: minutes as HTML and
 * Markdown, the bot's chat log as Markdown and CSV, the event log as JSON Lines and the check of
 * its hash chain. The CSV starts with a byte order mark, so Excel in a Czech locale reads it as
 * UTF-8 instead of windows-1250; CSV readers that know BOMs skip it.
 */
export function exportFiles(
  events: readonly StoredEvent[],
  posts: readonly OutboxPost[],
  options: MinutesOptions = {},
): ExportFile[] {
  const minutes = buildMinutesModel(events, options);
  const chatOptions = { lang: minutes.lang, timeZone: minutes.timeZone, title: minutes.title };
  const contents: Record<(typeof EXPORT_FILE_NAMES)[number], string> = {
    "minutes.html": renderMinutesHtml(minutes),
    "minutes.md": renderMinutesMarkdown(minutes),
    "chat-log.md": renderChatLogMarkdown(posts, chatOptions),
    "chat-log.csv": `\uFEFF${renderChatLogCsv(posts)}`,
    "events.jsonl": eventLogJsonl(events),
    "verify.json": `${JSON.stringify(verifyReport(events), null, 2)}\n`,
  };
  return EXPORT_FILE_NAMES.map((name) => ({ name, content: contents[name] }));
}
