import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { EventStore, OutboxStore } from "../store";
import { exportFiles } from "./export-files";
import { ExportError } from "./export-error";
import type { MinutesOptions } from "./minutes-model";

/** Where an export reads from: the event log and the bot's outbox (only read, never written). */
export interface ExportSources {
  events: Pick<EventStore, "read">;
  outbox: Pick<OutboxStore, "list">;
}

/**
 * Writes a session's export into `outDir` (created if missing, files in it replaced) and
 * returns the paths written: minutes.html, minutes.md, chat-log.md, chat-log.csv, events.jsonl
 * and verify.json. A broken hash chain does not stop the export: verify.json says where it
 * breaks, which is what the clerk needs to know.
 *
 * @throws ExportError `session_not_found` when the store has no events for the session.
 * @example
 * const files = await writeExport({ events: store, outbox }, "s1", "out/s1");
 */
export async function writeExport(
  sources: ExportSources,
  sessionId: string,
  outDir: string,
  options: MinutesOptions = {},
): Promise<string[]> {
  const events = await sources.events.read(sessionId);
  if (events.length === 0) {
    throw new ExportError("session_not_found", `there is no session "${sessionId}" in the store`);
  }
  const posts = await sources.outbox.list(sessionId);
  const files = exportFiles(events, posts, options);

  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "unwritable";
    throw new ExportError("invalid_option", `cannot write the export to ${outDir} (${reason})`);
  }
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(outDir, file.name);
    await writeFile(target, file.content, "utf8");
    written.push(target);
  }
  return written;
}
