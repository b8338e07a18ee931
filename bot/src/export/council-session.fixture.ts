import type { Actor, Command, LoggedEvent, Member, SessionState } from "@council/core";
import { execute } from "@council/core";
import type { OutboxPost, StoredEvent } from "../store";
import { GENESIS_HASH, linkEvents } from "../store";

/*
 * A whole session of a council of 23 for the export tests, run through the core's `execute`:
 * 16 present at the opening (one remotely), a test vote, an item added and the agenda approved
 * by vote, an arrival, a conflict of interest, three speakers, an adopted budget (14-0-2, one
 * not voting, six absent), a departure, a rejected land sale, then five departures, quorum lost
 * and the session closed. 27 February 2020, from 18:00 in Prague (17:00 UTC).
 */

export const SESSION_ID = "vzorov-2020-13";

const START = Date.parse("2020-02-27T17:00:00.000Z");

const names: [string, string?][] = [
  ["Petr Dvořák"],
  ["Zdeněk Černý", "Mgr."],
  ["Marie Šťastná"],
  ["Tomáš Cibulka"],
  ["Karel Procházka", "MUDr."],
  ["Lucie Horáková"],
  ["Jiří Kučera"],
  ["Eva Veselá", "Bc."],
  ["Martin Chalupa"],
  ["Hana Krejčí"],
  ["Pavel Růžička"],
  ["Alena Benešová"],
  ["Josef Fiala", "Ing."],
  ["Věra Sedláčková"],
  ["Jan Marek"],
  ["Ivana Doležalová"],
  ["Milan Zeman"],
  ["Kateřina Kolářová"],
  ["Lukáš Navrátil"],
  ["Tereza Čermáková"],
  ["Ondřej Urban"],
];

/** "m01" ... "m22". */
export function memberId(n: number): string {
  return `m${String(n).padStart(2, "0")}`;
}

/** The chair, 22 members (the last with a family name of several words) and a clerk. */
export const members: Member[] = [
  { id: "chair", name: "Jana Nováková", title: "Ing.", group: "Nezávislí", role: "chair" },
  ...names.map(([name, title], i): Member => ({
    id: memberId(i + 1),
    name,
    ...(title ? { title } : {}),
    group: i % 2 === 0 ? "Nezávislí" : "Občané",
    role: "member",
  })),
  {
    id: memberId(22),
    name: "Anna van der Berg",
    familyName: "van der Berg",
    group: "Zelení",
    role: "member",
  },
  { id: "clerk", name: "Eva Malá", group: "úřad", role: "clerk" },
];

const chair: Actor = { kind: "member", memberId: "chair" };
const clerk: Actor = { kind: "member", memberId: "clerk" };

function as(id: string): Actor {
  return { kind: "member", memberId: id };
}

/** Runs commands with a clock that moves 10 seconds per command unless set forward. */
export class CouncilScript {
  state: SessionState | undefined;
  readonly log: LoggedEvent[] = [];
  private clock = START;

  at(minutesAfterStart: number): this {
    this.clock = Math.max(this.clock, START + minutesAfterStart * 60_000);
    return this;
  }

  run(cmd: Command, actor: Actor = chair): this {
    const now = new Date(this.clock).toISOString();
    const result = execute(SESSION_ID, this.state, cmd, { actor, now });
    if (!result.ok) throw new Error(`${cmd.type} refused: ${result.refusal.code}`);
    this.state = result.state;
    this.log.push(...result.events);
    this.clock += 10_000;
    return this;
  }

  get events(): StoredEvent[] {
    return linkEvents({ sessionId: SESSION_ID, lastSeq: 0, lastHash: GENESIS_HASH }, this.log);
  }

  attend(ids: string[], mode: "room" | "remote" | "absent" = "room"): this {
    for (const id of ids) this.run({ type: "record_attendance", memberId: id, mode }, clerk);
    return this;
  }

  vote(
    open: Omit<Extract<Command, { type: "open_vote" }>, "type">,
    ballots: Partial<Record<"yes" | "no" | "abstain", string[]>>,
  ): this {
    this.run({ type: "open_vote", ...open });
    const voteId = this.state?.currentVoteId ?? "";
    for (const choice of ["yes", "no", "abstain"] as const) {
      for (const id of ballots[choice] ?? [])
        this.run({ type: "cast_ballot", voteId, choice }, as(id));
    }
    return this.run({ type: "close_vote", voteId });
  }
}

/** Member ids from the n-th to the m-th: range(1, 3) is m01, m02, m03. */
export const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => memberId(from + i));

export interface SessionOptions {
  /** The motion of the budget vote, for tests of escaping. */
  budgetMotion?: string;
}

/** The log of the whole session, as `execute` numbers and stamps it. */
export function councilSessionLog(options: SessionOptions = {}): LoggedEvent[] {
  const s = new CouncilScript().run(createCommand(), clerk);
  s.at(1)
    .attend(["chair", ...range(1, 14)])
    .attend([memberId(15)], "remote");
  s.attend([memberId(21)], "absent");
  s.at(2).run({ type: "open_session" });
  s.run({ type: "start_item", itemId: "item-1" });
  s.at(3).vote(
    { motion: "Zkušební hlasování", purpose: { kind: "test" } },
    { yes: ["chair", ...range(1, 15)] },
  );
  s.at(5).vote(
    {
      motion: "Zastupitelstvo doplňuje do programu bod Prodej pozemku p. č. 1234/5.",
      purpose: { kind: "add_item", item: landSale, position: 2 },
    },
    { yes: ["chair", ...range(1, 14)], abstain: [memberId(15)] },
  );
  s.at(8).vote(
    {
      motion: "Zastupitelstvo schvaluje program zasedání ve znění doplňku.",
      purpose: { kind: "approve_agenda" },
    },
    { yes: ["chair", ...range(1, 15)] },
  );
  s.run({ type: "end_item", itemId: "item-1" });

  s.at(20).attend([memberId(16)]);
  s.run({ type: "start_item", itemId: "item-2" });
  s.run(
    { type: "declare_conflict", itemId: "item-2", note: "jednatel Vzorovských služeb" },
    as(memberId(5)),
  );
  s.run({ type: "request_floor" }, as(memberId(3)));
  s.run({ type: "request_floor", kind: "technical" }, as(memberId(7)));
  s.at(22).run({ type: "grant_floor" }).at(23).run({ type: "end_floor" });
  s.run({ type: "grant_floor" }).at(28).run({ type: "end_floor" });
  s.run({ type: "request_floor" }, as(memberId(10)));
  s.run({ type: "grant_floor" }).at(33).run({ type: "end_floor" });
  s.at(35).vote(options.budgetMotion ? { motion: options.budgetMotion } : {}, {
    yes: ["chair", ...range(1, 13)],
    abstain: [memberId(14), memberId(15)],
  });
  s.run({ type: "end_item", itemId: "item-2" });

  s.at(60).attend([memberId(15)], "absent");
  s.run({ type: "start_item", itemId: "added-1" });
  s.at(70).vote({}, { yes: ["chair", ...range(1, 7)], no: range(8, 13), abstain: [memberId(14)] });
  s.run({ type: "end_item", itemId: "added-1" });

  s.run({ type: "start_item", itemId: "item-3" });
  s.at(85).attend(range(1, 5), "absent");
  s.at(86).run({ type: "close_session" });
  return s.log;
}

const landSale = {
  title: "Prodej pozemku p. č. 1234/5 v k. ú. Vzorov",
  reporter: "Petr Dvořák",
  draftResolution: "Zastupitelstvo schvaluje prodej pozemku p. č. 1234/5.",
};

/** Creates the session of the council of 23 with its three-item agenda. */
export function createCommand(): Command {
  return {
    type: "create_session",
    title: "13. zasedání Zastupitelstva města Vzorov",
    council: "Zastupitelstvo města Vzorov",
    place: "Velký sál radnice, Náměstí 1, Vzorov",
    scheduledFor: "2020-02-27T17:00:00.000Z",
    timeZone: "Europe/Prague",
    members,
    agenda: [
      { id: "item-1", title: "Zahájení, volba ověřovatelů a schválení programu" },
      {
        id: "item-2",
        title: "Rozpočet města na rok 2020",
        reporter: "Ing. Jana Nováková",
        draftResolution: "Zastupitelstvo schvaluje rozpočet města na rok 2020.",
      },
      { id: "item-3", title: "Různé" },
    ],
  };
}

/** The log as the store keeps it: with session id and hash chain. */
export function councilSessionEvents(options: SessionOptions = {}): StoredEvent[] {
  const head = { sessionId: SESSION_ID, lastSeq: 0, lastHash: GENESIS_HASH };
  return linkEvents(head, councilSessionLog(options));
}

/** A card post as the bot's outbox keeps it, delivered unless said otherwise. */
export function cardPost(n: number, body: unknown[], patch: Partial<OutboxPost> = {}): OutboxPost {
  const createdAt = new Date(START + n * 60_000).toISOString();
  return {
    id: `${SESSION_ID}:${n}:card@19:meeting@thread.v2`,
    sessionId: SESSION_ID,
    conversationId: "19:meeting@thread.v2",
    kind: "post",
    activity: {
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: { type: "AdaptiveCard", version: "1.5", body },
        },
      ],
    },
    status: "delivered",
    attempts: 1,
    nextAttemptAt: createdAt,
    createdAt,
    deliveredAt: new Date(START + n * 60_000 + 1500).toISOString(),
    activityId: `activity-${n}`,
    ...patch,
  };
}
