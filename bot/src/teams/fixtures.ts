import type { Activity } from "botbuilder";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The corpus payloads copied for the bot's tests (see fixtures/SOURCES.md). */
const own = join(__dirname, "fixtures");
/** The installation and mention payloads, shared with other tests. */
const shared = join(__dirname, "../../../tests/support/fixtures/teams");

/** A JSON payload as Teams (or its SDK's tests) sent it; every call returns a fresh copy. */
export function teamsPayload(name: string): Partial<Activity> & Record<string, unknown> {
  const dir =
    name.startsWith("conversation-update") || name === "message-mention.json" ? shared : own;
  return JSON.parse(readFileSync(join(dir, name), "utf8")) as Partial<Activity> &
    Record<string, unknown>;
}

/** A fixture's raw bytes, for payloads that are not valid JSON. */
export function rawPayload(name: string): string {
  return readFileSync(join(own, name), "utf8");
}
