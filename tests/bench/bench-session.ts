import type { StoredEvent } from "../../bot/src/store";
import { api, testRoster } from "../support/test-service";
import type { TestService } from "../support/test-service";

const SESSION_ID = "bench";

/** A session ready for votes: everyone present, session open, the item under discussion. */
export interface BenchSession {
  sessionId: string;
  /** Seat holders who cast ballots (the chair does not). */
  voterIds: string[];
  /** Opens the next vote; its id and the seq of its `vote_opened` event. */
  openVote(): Promise<{ voteId: string; seq: number }>;
  /** Closes a vote; the last seq it committed. */
  closeVote(voteId: string): Promise<number>;
  /** Casts one ballot and resolves on its HTTP acknowledgement with the `ballot_cast` event. */
  castBallot(memberId: string, voteId: string): Promise<StoredEvent>;
}

/** Creates a session with `voters` members plus a chair and a clerk over the HTTP API. */
export async function prepareBenchSession(svc: TestService, voters: number): Promise<BenchSession> {
  const roster = testRoster(voters);
  const tokens = new Map<string, string>();
  for (const member of roster) tokens.set(member.id, await svc.token(member));

  const post = async (who: string, route: string, body: unknown) => {
    const res = await api(svc.url, "POST", route, { token: tokens.get(who), body });
    if (res.status >= 300) {
      throw new Error(`${route} as ${who}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body as { seq: number; events: StoredEvent[] };
  };
  const command = (who: string, body: unknown) =>
    post(who, `/api/v1/sessions/${SESSION_ID}/commands`, body);

  await post("chair", "/api/v1/sessions", {
    id: SESSION_ID,
    title: "Benchmark live feedu",
    council: "Zastupitelstvo obce Měřice",
    members: roster,
    agenda: [
      { id: "i1", title: "Rozpočet", draftResolution: "Zastupitelstvo schvaluje rozpočet." },
    ],
  });
  for (const member of roster.filter((m) => m.role !== "clerk")) {
    await command("clerk", { type: "record_attendance", memberId: member.id, mode: "room" });
  }
  await command("chair", { type: "open_session" });
  await command("chair", { type: "start_item", itemId: "i1" });

  return {
    sessionId: SESSION_ID,
    voterIds: roster.filter((m) => m.role === "member").map((m) => m.id),
    async openVote() {
      const ack = await command("chair", { type: "open_vote" });
      const opened = ack.events.find((e) => e.type === "vote_opened");
      if (opened?.type !== "vote_opened") throw new Error("open_vote committed no vote_opened");
      return { voteId: opened.payload.voteId, seq: ack.seq };
    },
    async closeVote(voteId) {
      return (await command("chair", { type: "close_vote", voteId })).seq;
    },
    async castBallot(memberId, voteId) {
      const ack = await command(memberId, { type: "cast_ballot", voteId, choice: "yes" });
      const ballot = ack.events.find((e) => e.type === "ballot_cast");
      if (!ballot) throw new Error("cast_ballot committed no ballot_cast");
      return ballot;
    },
  };
}
