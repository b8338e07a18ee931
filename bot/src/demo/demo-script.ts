import type { Choice, Member, SessionState } from "@council/core";
import { explainResult, holdsSeat } from "@council/core";
import type { DemoClient, LiveObserver } from "./demo-client";

export interface DemoCast {
  chair: DemoClient;
  clerk: DemoClient;
  /** Every seat holder, the chair included, by member id. */
  members: Map<string, DemoClient>;
  roster: Member[];
  live: LiveObserver;
  log: (line: string) => void;
}

/** The opening business of item 1: the minutes verifiers and the clerk (invented roster names). */
const VERIFIERS_MOTION =
  "Zastupitelstvo obce Čerčany určuje ověřovateli zápisu Mgr. Petru Dvořákovou a Radka Doležala " +
  "a zapisovatelkou Michaelu Veselou.";

/** How the simulated councillors vote: a share of yes, no and abstain, the rest do not vote. */
interface Mood {
  yes: number;
  no: number;
  abstain: number;
}

/**
 * A whole council session as the demo plays it: roll call, opening, verifiers and agenda by vote,
 * debates with requests to speak, an adopted, a rejected and an abstention-heavy vote, a declared
 * conflict of interest, then departures until quorum is lost, a refused vote and the close.
 */
export async function playDemoSession(cast: DemoCast): Promise<SessionState> {
  const { chair, clerk, live, log } = cast;
  const seats = cast.roster.filter(holdsSeat);

  log("Roll call: 21 in the room, 2 remote");
  for (const [i, m] of seats.entries()) {
    await clerk.must({
      type: "record_attendance",
      memberId: m.id,
      mode: i >= 21 ? "remote" : "room",
    });
  }
  await chair.must({ type: "open_session" });

  await runItem(cast, "1", async () => {
    await vote(cast, { yes: 21, no: 0, abstain: 2 }, undefined, VERIFIERS_MOTION);
    await vote(cast, { yes: 20, no: 1, abstain: 2 }, "approve_agenda");
  });
  await runItem(cast, "2", async () => {
    await debate(cast, ["m05", "m12", "m17"]);
    await vote(cast, { yes: 16, no: 4, abstain: 3 });
  });
  await runItem(cast, "4", async () => {
    await debate(cast, ["m09", "m20"]);
    await vote(cast, { yes: 9, no: 11, abstain: 3 });
  });
  await runItem(cast, "5", async () => {
    const member = cast.members.get("m07");
    await member?.must({ type: "declare_conflict", itemId: "5", note: "člen komise rady obce" });
    log("m07 declares a conflict of interest on item 5");
    await vote(cast, { yes: 12, no: 1, abstain: 9 });
  });

  log("Members leave one by one until quorum is lost");
  for (const m of seats.slice(9).reverse()) {
    const seq = await clerk.must({ type: "record_attendance", memberId: m.id, mode: "absent" });
    if ((await live.seen(seq)).quorumLostAt) break;
  }
  const state = await live.until((s) => s?.quorumLostAt !== undefined);
  log(`Quorum lost at ${state.quorumLostAt}`);
  const start = await chair.send({ type: "start_item", itemId: "6" });
  log(`Starting item 6 without quorum: ${start.ok ? "accepted (unexpected)" : start.code}`);
  const refused = await chair.send({ type: "open_vote" });
  log(`Opening a vote without quorum: ${refused.ok ? "accepted (unexpected)" : refused.code}`);
  if (refused.ok) throw new Error("a vote was opened without quorum");

  const seq = await chair.must({ type: "close_session" });
  const closed = await live.seen(seq);
  log(`Session closed (${closed.closeReason}) with ${closed.votes.length} votes`);
  return closed;
}

async function runItem(
  cast: DemoCast,
  itemId: string,
  body: () => Promise<unknown>,
): Promise<void> {
  await cast.chair.must({ type: "start_item", itemId });
  const item = cast.live.state?.agenda.find((i) => i.id === itemId);
  cast.log(`Item ${itemId}: ${item?.title ?? ""}`);
  await body();
  const seq = await cast.chair.must({ type: "end_item", itemId });
  await cast.live.seen(seq);
}

async function debate(cast: DemoCast, speakers: string[]): Promise<void> {
  for (const id of speakers) await cast.members.get(id)?.must({ type: "request_floor" });
  for (let i = 0; i < speakers.length; i++) {
    const seq = await cast.chair.must({ type: "grant_floor" });
    const state = await cast.live.seen(seq);
    cast.log(`  floor: ${state.floor?.memberId}`);
    await cast.chair.must({ type: "end_floor" });
  }
}

/** Opens a vote on the current item, lets the councillors vote all at once, closes it. */
async function vote(
  cast: DemoCast,
  mood: Mood,
  purpose?: "approve_agenda",
  motion?: string,
): Promise<void> {
  const opened = await cast.chair.must({
    type: "open_vote",
    motion,
    purpose: purpose ? { kind: purpose } : undefined,
  });
  const state = await cast.live.seen(opened);
  const voteId = state.currentVoteId as string;
  const voters = cast.roster.filter((m) => holdsSeat(m) && isPresent(state, m.id));
  const choices = assign(voters.length, mood);
  await Promise.all(
    voters.map((m, i) => {
      const choice = choices[i];
      return choice
        ? cast.members.get(m.id)?.must({ type: "cast_ballot", voteId, choice })
        : undefined;
    }),
  );
  const seq = await cast.chair.must({ type: "close_vote", voteId });
  const after = await cast.live.seen(seq);
  const result = after.votes.find((v) => v.id === voteId)?.result;
  if (result) cast.log(`  vote ${voteId}: ${explainResult(result, "en")}`);
}

function isPresent(state: SessionState, memberId: string): boolean {
  const mode = state.attendance[memberId]?.mode;
  return mode === "room" || mode === "remote";
}

function assign(n: number, mood: Mood): Array<Choice | undefined> {
  const out: Array<Choice | undefined> = [];
  for (const [choice, count] of Object.entries(mood) as Array<[Choice, number]>) {
    for (let i = 0; i < count; i++) out.push(choice);
  }
  return Array.from({ length: n }, (_, i) => out[i]);
}
