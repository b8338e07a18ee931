import type { LoggedEvent } from "@council/core";
import pino from "pino";
import { sampleSessionLog, seqOf } from "../../../tests/support/sample-session";
import type { NewEvent } from "../store";
import { MemoryBindingStore, MemoryEventStore, MemoryOutboxStore } from "../store";
import { OutboxProjection } from "./outbox-projection";
import { outboxPostId } from "./post-id";

const logger = pino({ level: "silent" });
const meetingChat = "19:meeting_MWJl@thread.v2";
const groupChat = "19:clerks@thread.v2";

function unlogged(events: LoggedEvent[]): NewEvent[] {
  return events.map(({ seq: _seq, ...rest }) => rest as NewEvent);
}

async function setUp(chats: string[] = [meetingChat, groupChat]) {
  const events = new MemoryEventStore();
  const outbox = new MemoryOutboxStore();
  const bindings = new MemoryBindingStore();
  for (const conversationId of chats) {
    const reference = { conversation: { id: conversationId } };
    await bindings.bind({
      sessionId: "s1",
      conversationId,
      reference,
      boundAt: "2025-03-12T16:00:00Z",
    });
  }
  const projection = () => new OutboxProjection({ events, outbox, bindings, logger });
  return { events, outbox, bindings, projection };
}

describe("OutboxProjection", () => {
  it("enqueues every planned post for every chat bound to the session", async () => {
    const { events, outbox, projection } = await setUp();
    await events.append("s1", 0, unlogged(sampleSessionLog()));

    const run = await projection().catchUp("s1");

    // Per chat: opened, agenda, item started, vote card, 4 tallies, result, item ended, closed.
    expect(run).toMatchObject({ checkpoint: 16, planned: 16, enqueued: 22 });
    expect(await outbox.getCheckpoint("s1")).toBe(16);
    const posts = await outbox.list("s1");
    expect(posts.filter((p) => p.conversationId === meetingChat)).toHaveLength(11);
    expect(posts[0]).toMatchObject({
      id: outboxPostId("s1", seqOf("session_opened"), "session-opened", meetingChat),
      kind: "post",
      status: "pending",
      createdAt: "2025-03-12T17:06:00.000Z",
    });
  });

  it("points every update of a vote at the vote card in the same chat", async () => {
    const { events, outbox, projection } = await setUp();
    await events.append("s1", 0, unlogged(sampleSessionLog()));

    await projection().catchUp("s1");

    const updates = (await outbox.list("s1")).filter((p) => p.kind === "update");
    expect(updates).toHaveLength(10);
    for (const update of updates) {
      const card = outboxPostId("s1", seqOf("vote_opened"), "vote", update.conversationId);
      expect(update.targetId).toBe(card);
    }
  });

  it("enqueues nothing twice when re-run after a crash before the checkpoint moved", async () => {
    const { events, outbox, projection } = await setUp();
    await events.append("s1", 0, unlogged(sampleSessionLog()));
    await projection().catchUp("s1");
    const before = await outbox.list("s1");

    await outbox.setCheckpoint("s1", 0);
    const rerun = await projection().catchUp("s1");

    expect(rerun).toMatchObject({ planned: 16, enqueued: 0, checkpoint: 16 });
    expect(await outbox.list("s1")).toEqual(before);
  });

  it("plans only events after the checkpoint on later runs", async () => {
    const { events, outbox, projection } = await setUp([meetingChat]);
    const log = sampleSessionLog();
    const half = seqOf("ballot_cast");
    await events.append("s1", 0, unlogged(log.slice(0, half)));
    const running = projection();

    const first = await running.catchUp("s1");
    await events.append("s1", half, unlogged(log.slice(half)));
    const second = await running.catchUp("s1");
    const idle = await running.catchUp("s1");

    expect(first).toMatchObject({ checkpoint: half, planned: half });
    expect(second).toMatchObject({ checkpoint: 16, planned: 16 - half });
    expect(idle).toMatchObject({ checkpoint: 16, planned: 0, enqueued: 0 });
    expect(await outbox.list("s1")).toHaveLength(11);
  });

  it("produces the same posts whether it runs once or after every event", async () => {
    const once = await setUp([meetingChat]);
    const stepwise = await setUp([meetingChat]);
    const log = sampleSessionLog();
    await once.events.append("s1", 0, unlogged(log));
    await once.projection().catchUp("s1");

    for (const event of log) {
      await stepwise.events.append("s1", event.seq - 1, unlogged([event]));
      await stepwise.projection().catchUp("s1");
    }

    expect(await stepwise.outbox.list("s1")).toEqual(await once.outbox.list("s1"));
  });

  it("skips updates of a vote card posted before the chat was bound", async () => {
    const { events, outbox, bindings, projection } = await setUp([meetingChat]);
    const log = sampleSessionLog();
    const afterOpen = seqOf("vote_opened");
    await events.append("s1", 0, unlogged(log.slice(0, afterOpen)));
    await projection().catchUp("s1");

    const reference = { conversation: { id: groupChat } };
    await bindings.bind({
      sessionId: "s1",
      conversationId: groupChat,
      reference,
      boundAt: "2025-03-12T17:09:30Z",
    });
    await events.append("s1", afterOpen, unlogged(log.slice(afterOpen)));
    await projection().catchUp("s1");

    const late = (await outbox.list("s1")).filter((p) => p.conversationId === groupChat);
    expect(late.map((p) => p.id)).toEqual([
      outboxPostId("s1", seqOf("item_ended"), "item-ended", groupChat),
      outboxPostId("s1", seqOf("session_closed"), "session-closed", groupChat),
    ]);
  });

  it("moves the checkpoint even when no chat follows the session", async () => {
    const { events, outbox, projection } = await setUp([]);
    await events.append("s1", 0, unlogged(sampleSessionLog()));

    const run = await projection().catchUp("s1");

    expect(run).toMatchObject({ checkpoint: 16, enqueued: 0 });
    expect(await outbox.list("s1")).toEqual([]);
  });

  it("never runs two catch-ups of one session at the same time", async () => {
    const { events, outbox, projection } = await setUp([meetingChat]);
    await events.append("s1", 0, unlogged(sampleSessionLog()));
    const running = projection();

    const runs = await Promise.all([running.catchUp("s1"), running.catchUp("s1")]);

    expect(runs.map((r) => r.planned)).toEqual([16, 0]);
    expect(await outbox.list("s1")).toHaveLength(11);
  });
});
