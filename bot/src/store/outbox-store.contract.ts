import { OutboxPostNotFoundError } from "./outbox-post-not-found-error";
import type { NewOutboxPost, OutboxStore } from "./outbox-store";
import type { StoreHarness } from "./store-harness";

/** A vote card post for the session's chat, created `minute` minutes past 16:00. */
export function votePost(id: string, minute: number, sessionId = "s1"): NewOutboxPost {
  return {
    id,
    sessionId,
    conversationId: `19:meeting-${sessionId}@thread.v2`,
    kind: "post",
    activity: { type: "message", text: `vote ${id}` },
    createdAt: at(minute),
  };
}

/** 2025-03-12 16:mm UTC in the form the outbox stores. */
export function at(minute: number): string {
  return new Date(Date.UTC(2025, 2, 12, 16, minute)).toISOString();
}

/** The behaviour every OutboxStore must show; `open` gives a fresh, empty store per test. */
export function describeOutboxStoreContract(
  name: string,
  open: () => Promise<StoreHarness<OutboxStore>>,
): void {
  describe(`${name} (OutboxStore contract)`, () => {
    let harness: StoreHarness<OutboxStore>;

    beforeEach(async () => {
      harness = await open();
    });

    afterEach(async () => {
      await harness.dispose();
    });

    describeEnqueue(() => harness.store);
    describeDue(() => harness.store);
    describeOutcomes(() => harness.store);
    describeLogAndCheckpoint(() => harness.store);
  });
}

function describeEnqueue(store: () => OutboxStore): void {
  it("enqueues a post as pending, untried and due at its creation time", async () => {
    expect(await store().enqueue(votePost("s1:4:vote-card", 1))).toBe(true);

    expect(await store().get("s1:4:vote-card")).toEqual({
      ...votePost("s1:4:vote-card", 1),
      status: "pending",
      attempts: 0,
      nextAttemptAt: at(1),
    });
  });

  it("never enqueues the same id twice and keeps the first post", async () => {
    await store().enqueue(votePost("s1:4:vote-card", 1));

    const again = await store().enqueue({ ...votePost("s1:4:vote-card", 2), activity: {} });

    expect(again).toBe(false);
    expect(await store().list("s1")).toHaveLength(1);
    expect((await store().get("s1:4:vote-card"))?.createdAt).toBe(at(1));
  });

  it("keeps the target of an update", async () => {
    const update = { ...votePost("s1:9:tally", 3), kind: "update" as const, targetId: "s1:4:card" };

    await store().enqueue(update);

    expect(await store().get("s1:9:tally")).toMatchObject({
      kind: "update",
      targetId: "s1:4:card",
    });
  });

  it("answers undefined for an unknown id", async () => {
    expect(await store().get("missing")).toBeUndefined();
  });
}

function describeDue(store: () => OutboxStore): void {
  it("hands out due posts oldest first, up to the limit", async () => {
    await store().enqueue(votePost("c", 3));
    await store().enqueue(votePost("a", 1));
    await store().enqueue(votePost("b", 2));

    const due = await store().due(at(5), 2);

    expect(due.map((post) => post.id)).toEqual(["a", "b"]);
  });

  it("keeps enqueue order between posts created at the same moment", async () => {
    await store().enqueue(votePost("second-id-first", 1));
    await store().enqueue(votePost("a-later", 1));

    const due = await store().due(at(1), 10);

    expect(due.map((post) => post.id)).toEqual(["second-id-first", "a-later"]);
  });

  it("holds back a post not yet due", async () => {
    await store().enqueue(votePost("a", 5));

    expect(await store().due(at(4), 10)).toEqual([]);
  });

  it("schedules a retry: counted, held back until its time, then due again", async () => {
    await store().enqueue(votePost("a", 1));

    await store().markRetry("a", at(3), "429 Too Many Requests");

    expect(await store().due(at(2), 10)).toEqual([]);
    expect(await store().due(at(3), 10)).toEqual([
      expect.objectContaining({ id: "a", attempts: 1, lastError: "429 Too Many Requests" }),
    ]);
  });

  it("compares times across time zone notations", async () => {
    await store().enqueue(votePost("a", 1));

    await store().markRetry("a", "2025-03-12T17:10:00+01:00", "503");

    expect(await store().due(at(9), 10)).toEqual([]);
    expect(await store().due(at(10), 10)).toHaveLength(1);
  });
}

function describeOutcomes(store: () => OutboxStore): void {
  it("records a delivery and stops offering the post", async () => {
    await store().enqueue(votePost("a", 1));

    await store().markDelivered("a", "1678901234567", at(2));

    expect(await store().due(at(9), 10)).toEqual([]);
    expect(await store().get("a")).toMatchObject({
      status: "delivered",
      activityId: "1678901234567",
      deliveredAt: at(2),
      attempts: 1,
    });
  });

  it("gives up a failed post and stops offering it", async () => {
    await store().enqueue(votePost("a", 1));

    await store().markFailed("a", "403 bot removed from conversation");

    expect(await store().due(at(9), 10)).toEqual([]);
    expect(await store().get("a")).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("keeps a delivered post delivered whatever is recorded after it", async () => {
    await store().enqueue(votePost("a", 1));
    await store().markDelivered("a", "act-1", at(2));

    await store().markRetry("a", at(3), "late timeout");
    await store().markFailed("a", "late failure");
    await store().markDelivered("a", "act-2", at(4));

    expect(await store().get("a")).toMatchObject({ status: "delivered", activityId: "act-1" });
  });

  it("refuses to record an outcome for a post never enqueued", async () => {
    await expect(store().markDelivered("ghost", undefined, at(1))).rejects.toBeInstanceOf(
      OutboxPostNotFoundError,
    );
    await expect(store().markRetry("ghost", at(1), "x")).rejects.toMatchObject({ id: "ghost" });
  });
}

function describeLogAndCheckpoint(store: () => OutboxStore): void {
  it("lists a session's posts in creation order, whatever their status", async () => {
    await store().enqueue(votePost("b", 2));
    await store().enqueue(votePost("other", 1, "s2"));
    await store().enqueue(votePost("a", 1));
    await store().markDelivered("a", "act-a", at(3));

    const log = await store().list("s1");

    expect(log.map((post) => [post.id, post.status])).toEqual([
      ["a", "delivered"],
      ["b", "pending"],
    ]);
  });

  it("starts each session's checkpoint at 0 and remembers what is set", async () => {
    await store().setCheckpoint("s1", 12);
    await store().setCheckpoint("s1", 14);

    expect(await store().getCheckpoint("s1")).toBe(14);
    expect(await store().getCheckpoint("s2")).toBe(0);
  });
}
