import type { LoggedEvent, SessionState } from "@council/core";
import { applyEvent, foldEvents } from "@council/core";
import { cardText } from "../../../tests/support/card-words";
import { sampleSessionLog, seqOf } from "../../../tests/support/sample-session";
import type { PlanContext, PlannedPost } from "./post-planner";
import { planPosts } from "./post-planner";

const context: PlanContext = {
  lang: "cs",
  voteOpenedSeq: (voteId) => (voteId === "vote-1" ? seqOf("vote_opened") : undefined),
};

/** Plans every event of the sample log with the state right after it. */
function planLog(): { event: LoggedEvent; posts: PlannedPost[] }[] {
  const log = sampleSessionLog();
  let state: SessionState | undefined;
  return log.map((event) => {
    state = state ? applyEvent(state, event) : foldEvents("s1", [event]);
    return { event, posts: planPosts(event, state, context) };
  });
}

describe("planPosts", () => {
  it("plans the same posts for the same event and state", () => {
    expect(planLog()).toEqual(planLog());
  });

  it("plans one post per session, agenda and item milestone", () => {
    const suffixes = planLog().map(({ event, posts }) => [
      event.type,
      posts.map((p) => p.idSuffix),
    ]);

    expect(suffixes).toEqual([
      ["session_created", []],
      ["attendance_recorded", []],
      ["attendance_recorded", []],
      ["attendance_recorded", []],
      ["attendance_recorded", []],
      ["session_opened", ["session-opened"]],
      ["agenda_approved", ["agenda"]],
      ["item_started", ["item-started"]],
      ["vote_opened", ["vote"]],
      ["ballot_cast", ["tally"]],
      ["ballot_cast", ["tally"]],
      ["ballot_cast", ["tally"]],
      ["ballot_cast", ["tally"]],
      ["vote_closed", ["result"]],
      ["item_ended", ["item-ended"]],
      ["session_closed", ["session-closed"]],
    ]);
  });

  it("updates the vote's one card in place on every ballot and at the close", () => {
    const plans = planLog();
    const voteCard = { seq: seqOf("vote_opened"), suffix: "vote" };

    const opened = plans.find(({ event }) => event.type === "vote_opened")!.posts[0]!;
    const lastBallot = plans.filter(({ event }) => event.type === "ballot_cast").at(-1)!.posts[0]!;
    const closed = plans.find(({ event }) => event.type === "vote_closed")!.posts[0]!;

    expect(opened).toMatchObject({ kind: "post" });
    expect(opened.target).toBeUndefined();
    expect(lastBallot).toMatchObject({ kind: "update", target: voteCard });
    expect(cardText(lastBallot.card)).toContain("Pro: 3");
    expect(closed).toMatchObject({ kind: "update", target: voteCard });
    expect(cardText(closed.card)).toContain("Návrh byl přijat");
  });

  it("refreshes the tally when attendance changes during an open vote", () => {
    const log = sampleSessionLog();
    const open = foldEvents("s1", log.slice(0, seqOf("vote_opened")));
    const arrival = {
      type: "attendance_recorded",
      payload: { memberId: "m5", mode: "remote" },
      seq: open.seq + 1,
      actor: { kind: "system", name: "test" },
      time: "2025-03-12T17:09:30.000Z",
    } as LoggedEvent;

    const [update] = planPosts(arrival, applyEvent(open, arrival), context);

    expect(update).toMatchObject({ kind: "update", idSuffix: "tally" });
    expect(cardText(update!.card)).toContain("Dosud nehlasoval: 5");
  });

  it("plans no update for a vote whose card it cannot find", () => {
    const log = sampleSessionLog();
    const state = foldEvents("s1", log.slice(0, seqOf("ballot_cast")));
    const ballot = log[seqOf("ballot_cast") - 1]!;

    expect(planPosts(ballot, state, { lang: "cs", voteOpenedSeq: () => undefined })).toEqual([]);
  });

  it("writes the cards in English when asked", () => {
    const log = sampleSessionLog();
    const state = foldEvents("s1", log.slice(0, seqOf("session_opened")));
    const event = log[seqOf("session_opened") - 1]!;

    const [post] = planPosts(event, state, { ...context, lang: "en" });

    expect(cardText(post!.card)).toContain("Session opened");
  });
});
