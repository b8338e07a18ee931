import type { SessionState } from "@council/core";
import { foldEvents } from "@council/core";
import { sampleLogThrough } from "../../../tests/support/sample-session";
import type { MeetingNotifier, TargetedMeetingNotification } from "./meeting-notifications";
import { nonVoters, remindNonVoters, voteUrl } from "./meeting-notifications-reminder";

/** The sample session as vote-1 opens: m1–m4 present, m5 absent, clerk c1 without a seat. */
function openVoteState(): SessionState {
  const state = foldEvents("s1", sampleLogThrough("vote_opened"));
  const members = state.members.map((m) => ({ ...m, aadObjectId: `oid-${m.id}` }));
  return { ...state, members };
}

function withBallot(state: SessionState, memberId: string): SessionState {
  const votes = state.votes.map((v) => ({
    ...v,
    ballots: { ...v.ballots, [memberId]: "yes" as const },
  }));
  return { ...state, votes };
}

class RecordingNotifier implements MeetingNotifier {
  readonly sent: TargetedMeetingNotification[] = [];
  memberCalls = 0;

  async chatMembers() {
    this.memberCalls += 1;
    return ["m1", "m2", "m3", "m4", "m5"].map((id) => ({
      teamsUserId: `29:${id}`,
      aadObjectId: `OID-${id.toUpperCase()}`,
    }));
  }

  async send(_address: unknown, notification: TargetedMeetingNotification) {
    this.sent.push(notification);
    return [];
  }
}

const address = { reference: {}, meetingId: "MCM1" };

describe("who is reminded to vote", () => {
  it("names present seat holders without a ballot, not the absent nor the clerk", () => {
    const state = withBallot(openVoteState(), "m2");

    expect(nonVoters(state, state.votes[0]!).map((m) => m.id)).toEqual(["m1", "m3", "m4"]);
  });

  it("leaves out a member a declared conflict of interest bars from the vote", () => {
    const base = openVoteState();
    const state: SessionState = {
      ...base,
      rules: { ...base.rules, conflictBarsVote: true },
      conflicts: [{ memberId: "m3", itemId: "item-2", declaredAt: "2025-03-12T17:05:00Z" }],
    };

    expect(nonVoters(state, state.votes[0]!).map((m) => m.id)).not.toContain("m3");
  });

  it("still reminds a conflicted member when the rules let them vote", () => {
    const base = openVoteState();
    const state: SessionState = {
      ...base,
      conflicts: [{ memberId: "m3", itemId: "item-2", declaredAt: "2025-03-12T17:05:00Z" }],
    };

    expect(nonVoters(state, state.votes[0]!).map((m) => m.id)).toContain("m3");
  });
});

describe("sending a vote reminder", () => {
  it("asks Teams nothing when everyone present has voted", async () => {
    let state = openVoteState();
    for (const id of ["m1", "m2", "m3", "m4"]) state = withBallot(state, id);
    const notifier = new RecordingNotifier();

    const outcome = await remindNonVoters({
      notifier,
      address,
      state,
      vote: state.votes[0]!,
      tabUrl: "https://x.cz",
    });

    expect(outcome).toEqual({ reminded: [], unreminded: [] });
    expect(notifier.memberCalls).toBe(0);
    expect(notifier.sent).toHaveLength(0);
  });

  it("matches Entra object ids whatever their letter case", async () => {
    const state = withBallot(openVoteState(), "m1");
    const notifier = new RecordingNotifier();

    const outcome = await remindNonVoters({
      notifier,
      address,
      state,
      vote: state.votes[0]!,
      tabUrl: "https://x.cz",
    });

    expect(outcome.reminded).toEqual(["m2", "m3", "m4"]);
    expect(notifier.sent[0]!.value.recipients).toEqual(["29:m2", "29:m3", "29:m4"]);
  });

  it("speaks English when asked", async () => {
    const state = openVoteState();
    const notifier = new RecordingNotifier();

    await remindNonVoters({
      notifier,
      address,
      state,
      vote: state.votes[0]!,
      tabUrl: "https://x.cz",
      lang: "en",
    });

    expect(notifier.sent[0]!.value.surfaces[0]!.content.value.title).toBe(
      "Vote 1: your ballot is awaited",
    );
  });

  it("links the tab at the session and the vote, with a path or without", () => {
    expect(voteUrl("https://council.example.cz", "s 1", "vote-2")).toBe(
      "https://council.example.cz/?session=s+1&vote=vote-2",
    );
    expect(voteUrl("https://host.cz/tab/", "s1", "vote-1")).toBe(
      "https://host.cz/tab/?session=s1&vote=vote-1",
    );
  });
});
