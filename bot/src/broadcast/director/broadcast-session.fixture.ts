import type { Actor, Command, Member, PurposeRequest } from "@council/core";
import pino from "pino";
import type { BroadcastMapping } from "../mapping/broadcast-mapping";
import { parseBroadcastMapping } from "../mapping/parse-broadcast-mapping";
import { SessionService } from "../../sessions/session-service";
import { MemoryEventStore } from "../../store";

/*
 * A council session for the broadcast tests: real commands through the SessionService into a
 * memory store, with Czech names, a remote councillor and a three-item agenda.
 */

export const SESSION_ID = "zasedani-2025-03";

export const members: Member[] = [
  { id: "m1", name: "Jana Nováková", title: "Ing.", group: "Nezávislí", role: "chair" },
  { id: "m2", name: "Petr Dvořák", title: "Mgr. Ph.D.", group: "ODS & TOP 09", role: "member" },
  { id: "m3", name: "Zdeněk Černý", group: "Občané", role: "member" },
  { id: "m4", name: "Marie Šťastná", group: "Občané", role: "member" },
  { id: "m5", name: "Tomáš Cibulka", group: "Zelení", role: "member" },
  { id: "c1", name: "Eva Malá", group: "úřad", role: "clerk" },
];

export const chair: Actor = { kind: "member", memberId: "m1" };
export const as = (memberId: string): Actor => ({ kind: "member", memberId });

/** A vMix mapping naming every shot and slot the director drives; m3 speaks from home. */
export function vmixMapping(overrides: Record<string, unknown> = {}): BroadcastMapping {
  return parseBroadcastMapping(
    {
      switcher: { kind: "vmix", host: "127.0.0.1" },
      shots: {
        wide: { input: "Celek sálu" },
        chair: { input: "Předsedající", preset: { camera: "cam1", name: "Předsednictvo" } },
        podium: { input: "Řečnický pult" },
        "remote.1": { input: "REMOTE 1", ndi: true },
      },
      graphics: {
        speaker: {
          input: "Jmenovka",
          overlay: 1,
          fields: { name: "Jméno.Text", group: "Klub.Text", role: "Funkce.Text" },
        },
        agendaItem: { input: "Bod programu", overlay: 2, fields: { title: "Název.Text" } },
        voteResult: { input: "Výsledek", overlay: 3, fields: { result: "Výsledek.Text" } },
      },
      remotes: { m3: "remote.1" },
      cameras: { cam1: { host: "127.0.0.1" } },
      ndiSourceTemplate: "REZIE (MS Teams - {name})",
      resultHoldSeconds: 1,
      ...overrides,
    },
    "test mapping",
  );
}

/** The same broadcast on OBS: a scene per shot, graphics as scene items in one overlay scene. */
export function obsMapping(url: string, overrides: Record<string, unknown> = {}): BroadcastMapping {
  const graphic = (item: string, fields: Record<string, string>) => ({
    scene: "Grafika",
    item,
    fields,
  });
  return parseBroadcastMapping(
    {
      switcher: { kind: "obs", url, passwordEnv: "OBS_PASSWORD" },
      shots: {
        wide: { scene: "Celek sálu" },
        chair: { scene: "Předsedající" },
        podium: { scene: "Řečnický pult" },
        "remote.1": { scene: "Host 1" },
      },
      graphics: {
        speaker: graphic("Jmenovka", { name: "Jméno", group: "Klub", role: "Funkce" }),
        agendaItem: graphic("Bod programu", { title: "Název bodu" }),
        voteResult: graphic("Výsledek", { summary: "Výsledek hlasování" }),
      },
      remotes: { m3: "remote.1" },
      resultHoldSeconds: 1,
      ...overrides,
    },
    "test mapping",
  );
}

/** Scenes and text sources of an OBS set up for `obsMapping`. */
export const obsScenes = {
  scenes: [
    { name: "Celek sálu", items: [{ source: "Grafika" }] },
    { name: "Předsedající", items: [{ source: "Grafika" }] },
    { name: "Řečnický pult", items: [{ source: "Grafika" }] },
    { name: "Host 1", items: [{ source: "Grafika" }] },
    {
      name: "Grafika",
      items: [{ source: "Jmenovka" }, { source: "Bod programu" }, { source: "Výsledek" }],
    },
  ],
  inputs: ["Jméno", "Klub", "Funkce", "Název bodu", "Výsledek hlasování"],
};

/** A session run command by command, as the chair and the members would. */
export class CouncilRun {
  readonly store = new MemoryEventStore();
  readonly sessions: SessionService;

  constructor(clock?: () => Date) {
    this.sessions = new SessionService(this.store, pino({ level: "silent" }), clock);
  }

  /** Runs a command and fails the test on a refusal. */
  async run(command: Command, actor: Actor = chair): Promise<void> {
    const outcome = await this.sessions.submit(SESSION_ID, command, actor);
    if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.refusal.code}`);
  }

  /** Created, four present (m3 remote, m5 absent), opened, the agenda approved by a vote. */
  async open(roster: Member[] = members): Promise<void> {
    await this.run(
      {
        type: "create_session",
        title: "12. zasedání",
        council: "Zastupitelstvo města Kostelec",
        timeZone: "Europe/Prague",
        members: roster,
        agenda: [
          { id: "item-1", title: "Zahájení a schválení programu" },
          { id: "item-2", title: "Rozpočet města na rok 2025" },
          { id: "item-3", title: "Různé" },
        ],
      },
      { kind: "system", name: "test" },
    );
    for (const [memberId, mode] of [
      ["m1", "room"],
      ["m2", "room"],
      ["m3", "remote"],
      ["m4", "room"],
    ] as const) {
      await this.run({ type: "record_attendance", memberId, mode });
    }
    await this.run({ type: "open_session" });
    await this.run({ type: "start_item", itemId: "item-1" });
    await this.vote({ m1: "yes", m2: "yes", m4: "yes" }, { kind: "approve_agenda" });
    await this.run({ type: "end_item", itemId: "item-1" });
  }

  /** The floor to a member who asked for it. */
  async speak(memberId: string): Promise<void> {
    if (memberId !== "m1") await this.run({ type: "request_floor" }, as(memberId));
    await this.run({ type: "grant_floor", memberId });
  }

  /** A whole vote with the given ballots; returns its id. */
  async vote(
    ballots: Record<string, "yes" | "no" | "abstain">,
    purpose?: PurposeRequest,
  ): Promise<string> {
    await this.run({ type: "open_vote", ...(purpose ? { purpose } : {}) });
    const voteId = this.sessions.get(SESSION_ID)?.currentVoteId as string;
    for (const [memberId, choice] of Object.entries(ballots)) {
      await this.run({ type: "cast_ballot", voteId, choice }, as(memberId));
    }
    await this.run({ type: "close_vote", voteId });
    return voteId;
  }
}

/** Input keys of the fake vMix: the church-service corpus document, retitled in Czech, plus the council's own titles. */
export const keys = {
  wide: "0d0a63d6-e1e9-4033-89f1-3cb39e755567",
  chair: "d0dc7ed5-acbc-4bec-ab16-ee29f58a4a29",
  podium: "f610f20d-7659-4f37-a92c-f6a1deeab02a",
  remote: "4e0a5c1d-0000-4000-8000-00000000c0de",
  speaker: "4e0a5c1d-0000-4000-8000-0000000051ea",
  agenda: "4e0a5c1d-0000-4000-8000-00000000a9e0",
  result: "4e0a5c1d-0000-4000-8000-0000000007e5",
};

function gt(key: string, title: string, fields: string[]): string {
  const texts = fields.map((name, i) => `<text index="${i}" name="${name}"></text>`).join("");
  return `<input key="${key}" type="GT" title="${title}" shortTitle="${title}" state="Paused">${title}${texts}</input>`;
}

export const councilInputs = [
  `<input key="${keys.remote}" type="NDI" title="REMOTE 1" shortTitle="REMOTE 1" state="Running">REMOTE 1</input>`,
  gt(keys.speaker, "Jmenovka", ["Jméno.Text", "Klub.Text", "Funkce.Text"]),
  gt(keys.agenda, "Bod programu", ["Název.Text"]),
  gt(keys.result, "Výsledek", ["Výsledek.Text"]),
];

/** The corpus inputs renamed as the council's cameras. */
export const councilTitles = {
  [keys.wide]: "Celek sálu",
  [keys.chair]: "Předsedající",
  [keys.podium]: "Řečnický pult",
};
