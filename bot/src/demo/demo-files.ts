import fs from "node:fs";
import path from "node:path";
import type { Command, ItemDraft, Member } from "@council/core";

export const EXAMPLES_DIR = path.resolve(__dirname, "../../../examples");
export const DEMO_SESSION_ID = "cercany-2020-02-27";

interface AgendaFile {
  council: string;
  title: string;
  place?: string;
  scheduledFor?: string;
  timeZone?: string;
  items: ItemDraft[];
}

interface RosterFile {
  council: string;
  members: Member[];
}

/** The demo session: the real Čerčany agenda of 27 Feb 2020 with an invented council of 23. */
export function demoCreateCommand(
  dir = EXAMPLES_DIR,
): Extract<Command, { type: "create_session" }> {
  const agenda = readJson<AgendaFile>(path.join(dir, "agenda-cercany-2020-02-27.json"));
  const roster = readJson<RosterFile>(path.join(dir, "roster-23.json"));
  return {
    type: "create_session",
    title: agenda.title,
    council: roster.council,
    place: agenda.place,
    scheduledFor: agenda.scheduledFor,
    timeZone: agenda.timeZone,
    members: roster.members,
    agenda: agenda.items,
    ruleSetId: "cz-municipal",
  };
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}
