import type { LoggedEvent } from "@council/core";
import pino from "pino";
import { LocalConnector } from "./local-connector";
import { sampleSessionLog, seqOf } from "../../../tests/support/sample-session";
import type { NewEvent, OutboxStore } from "../store";
import { MemoryBindingStore, MemoryEventStore, MemoryOutboxStore } from "../store";
import { createCloudAdapter } from "./bot-credentials";
import { BotbuilderConnector } from "./botbuilder-connector";
import type { CardActivity } from "./card-activity";
import type { ChatConnector } from "./chat-connector";
import { OutboxProjection } from "./outbox-projection";
import type { OutboxWorkerOptions, Timers } from "./outbox-worker";
import { OutboxWorker } from "./outbox-worker";
import { outboxPostId } from "./post-id";

const logger = pino({ level: "silent" });
const chat = "19:meeting_MWJlNGViOTgtMGExYi00NDA3@thread.v2";
const chatPath = `/v3/conversations/${encodeURIComponent(chat)}/activities`;

let connector: LocalConnector;

beforeEach(async () => {
  connector = await LocalConnector.start();
});

afterEach(async () => {
  await connector.stop();
});

/** A service in miniature: event log, outbox, one bound meeting chat, a clock tests move. */
async function setUp(options: Partial<OutboxWorkerOptions> = {}) {
  const events = new MemoryEventStore();
  const outbox = new MemoryOutboxStore();
  const bindings = new MemoryBindingStore();
  const reference = {
    channelId: "msteams",
    serviceUrl: connector.serviceUrl,
    conversation: { id: chat, isGroup: true, tenantId: "tenant-1" },
    bot: { id: "28:council-bot", name: "Council Live" },
    user: { id: "29:clerk" },
    activityId: "f:incoming-1",
  };
  await bindings.bind({
    sessionId: "s1",
    conversationId: chat,
    reference,
    boundAt: "2025-03-12T16:00:00Z",
  });
  const clock = { now: Date.parse("2025-03-12T18:00:00Z") };
  const projection = new OutboxProjection({ events, outbox, bindings, logger });
  const chatConnector = new BotbuilderConnector(createCloudAdapter({}, logger), logger);
  const workerOptions: OutboxWorkerOptions = {
    outbox,
    bindings,
    connector: chatConnector,
    logger,
    now: () => clock.now,
    random: () => 0.5,
    ...options,
  };

  let seq = 0;
  const commit = async (log: LoggedEvent[]) => {
    await events.append(
      "s1",
      seq,
      log.map(({ seq: _seq, ...rest }) => rest as NewEvent),
    );
    seq += log.length;
    await projection.catchUp("s1");
  };
  return { outbox, bindings, clock, commit, worker: () => new OutboxWorker(workerOptions) };
}

function through(type: LoggedEvent["type"]): LoggedEvent[] {
  return sampleSessionLog().slice(0, seqOf(type));
}

function after(type: LoggedEvent["type"], count = 1): LoggedEvent[] {
  return sampleSessionLog().slice(seqOf(type), seqOf(type) + count);
}

function summaryOf(body: unknown): string {
  return (body as CardActivity).summary;
}

describe("OutboxWorker through botbuilder and the fake connector", () => {
  it("posts each card as a new message and records the activity id", async () => {
    const { outbox, commit, worker } = await setUp();
    await commit(through("item_started"));

    const pass = await worker().runOnce();

    expect(pass).toMatchObject({ delivered: 3, failed: 0 });
    expect(connector.posts().map((call) => call.path)).toEqual([chatPath, chatPath, chatPath]);
    expect(connector.posts().map((call) => summaryOf(call.body))).toEqual([
      "Zasedání zahájeno: 12. zasedání",
      "Program schválen",
      "Projednává se bod 2: Rozpočet města na rok 2025",
    ]);
    const opened = await outbox.get(
      outboxPostId("s1", seqOf("session_opened"), "session-opened", chat),
    );
    expect(opened).toMatchObject({ status: "delivered", activityId: "1:activity-1", attempts: 1 });
  });

  it("sends an Adaptive Card attachment from the bot into the conversation, without credentials", async () => {
    const { commit, worker } = await setUp();
    await commit(through("session_opened"));

    await worker().runOnce();

    const [call] = connector.posts();
    expect(call!.headers.authorization).toBeUndefined();
    expect(call!.body).toMatchObject({
      type: "message",
      from: { id: "28:council-bot" },
      conversation: { id: chat },
      attachments: [
        { contentType: "application/vnd.microsoft.card.adaptive", content: { version: "1.5" } },
      ],
    });
    expect(call!.body).not.toHaveProperty("replyToId");
  });

  it("updates the vote card in place with PUT to the activity id the post got", async () => {
    const { outbox, commit, worker } = await setUp();
    await commit(through("vote_opened"));
    await worker().runOnce();
    const card = await outbox.get(outboxPostId("s1", seqOf("vote_opened"), "vote", chat));

    await commit(after("vote_opened"));
    await worker().runOnce();

    const [update] = connector.updates();
    expect(update!.path).toBe(`${chatPath}/${encodeURIComponent(card!.activityId!)}`);
    expect(update!.body).toMatchObject({ type: "message", id: card!.activityId });
    expect(summaryOf(update!.body)).toContain("Pro 1");
    expect(connector.posts()).toHaveLength(4);
  });

  it("coalesces a burst of ballots into one update and lets the result win", async () => {
    const { outbox, commit, worker } = await setUp();
    await commit(through("vote_opened"));
    await worker().runOnce();

    await commit(after("vote_opened", 5));
    const pass = await worker().runOnce();

    expect(pass).toMatchObject({ delivered: 1, superseded: 4 });
    expect(connector.updates()).toHaveLength(1);
    expect(summaryOf(connector.updates()[0]!.body)).toContain("Návrh byl přijat");
    const tally = await outbox.get(outboxPostId("s1", seqOf("ballot_cast"), "tally", chat));
    expect(tally).toMatchObject({
      status: "failed",
      lastError: expect.stringContaining("superseded"),
    });
  });

  it("holds an update until its vote card is delivered", async () => {
    const { commit, worker, clock } = await setUp();
    await commit(through("item_started"));
    const running = worker();
    await running.runOnce();
    await commit([...sampleSessionLog().slice(seqOf("vote_opened") - 1, seqOf("vote_opened") + 1)]);
    connector.failNext(1, { status: 503 });

    const held = await running.runOnce();
    clock.now += 60_000;
    const released = await running.runOnce();

    expect(held).toMatchObject({ retry: 1, waiting: 1 });
    expect(released).toMatchObject({ delivered: 2 });
    expect(connector.updates()).toHaveLength(1);
    expect(connector.updates()[0]!.path).toBe(`${chatPath}/${encodeURIComponent("1:activity-4")}`);
  });

  it("retries through 429 with Retry-After and 503, then delivers once", async () => {
    const { outbox, commit, worker, clock } = await setUp();
    await commit(through("session_opened"));
    const id = outboxPostId("s1", seqOf("session_opened"), "session-opened", chat);
    const running = worker();

    connector.failNext(1, { status: 429, retryAfterSeconds: 7 });
    await running.runOnce();
    const throttled = await outbox.get(id);
    await running.runOnce();
    clock.now = Date.parse(throttled!.nextAttemptAt);
    connector.failNext(1, { status: 503 });
    await running.runOnce();
    const unavailable = await outbox.get(id);
    clock.now = Date.parse(unavailable!.nextAttemptAt);
    await running.runOnce();

    expect(throttled).toMatchObject({
      status: "pending",
      attempts: 1,
      lastError: expect.stringMatching(/^429/),
    });
    expect(Date.parse(throttled!.nextAttemptAt) - Date.parse("2025-03-12T18:00:00Z")).toBe(7_350);
    expect(unavailable).toMatchObject({
      status: "pending",
      attempts: 2,
      lastError: expect.stringMatching(/^503/),
    });
    expect(Date.parse(unavailable!.nextAttemptAt) - Date.parse(throttled!.nextAttemptAt)).toBe(
      3_000,
    );
    expect(await outbox.get(id)).toMatchObject({ status: "delivered", attempts: 3 });
    expect(connector.calls.map((call) => call.status)).toEqual([429, 503, 201]);
  });

  it("gives a post up on 403 without retrying", async () => {
    const { outbox, commit, worker } = await setUp();
    await commit(through("session_opened"));
    connector.failNext(1, { status: 403 });

    const pass = await worker().runOnce();

    expect(pass).toMatchObject({ failed: 1, retry: 0 });
    const id = outboxPostId("s1", seqOf("session_opened"), "session-opened", chat);
    expect(await outbox.get(id)).toMatchObject({
      status: "failed",
      lastError: expect.stringMatching(/^403/),
    });
    expect(connector.calls).toHaveLength(1);
  });

  it("keeps a chat's posts in event order while an earlier one waits for its retry", async () => {
    const { commit, worker, clock } = await setUp();
    await commit(through("item_started"));
    const running = worker();
    connector.failNext(1, { status: 429, retryAfterSeconds: 5 });

    const first = await running.runOnce();
    clock.now += 6_000;
    const second = await running.runOnce();

    expect(first).toMatchObject({ retry: 1, waiting: 2, delivered: 0 });
    expect(second).toMatchObject({ delivered: 3 });
    expect(connector.posts().map((call) => summaryOf(call.body))).toEqual([
      "Zasedání zahájeno: 12. zasedání",
      "Program schválen",
      "Projednává se bod 2: Rozpočet města na rok 2025",
    ]);
  });

  it("posts nothing twice when passes run again or overlap", async () => {
    const { commit, worker } = await setUp();
    await commit(through("vote_opened"));
    const running = worker();

    await Promise.all([running.runOnce(), running.runOnce()]);
    await running.runOnce();
    await worker().runOnce();

    expect(connector.posts()).toHaveLength(4);
  });

  it("posts once more after a crash between the connector's answer and the delivery mark", async () => {
    const { outbox, bindings, commit, clock } = await setUp();
    await commit(through("session_opened"));
    const crashing = crashOnFirstDeliveryMark(outbox);
    const chatConnector = new BotbuilderConnector(createCloudAdapter({}, logger), logger);
    const options = {
      outbox: crashing,
      bindings,
      connector: chatConnector,
      logger,
      now: () => clock.now,
    };

    await expect(new OutboxWorker(options).runOnce()).rejects.toThrow("process died");
    await new OutboxWorker({ ...options, outbox }).runOnce();

    // This is the one duplicate at-least-once delivery allows: Bot Connector has no idempotency key.
    expect(connector.posts()).toHaveLength(2);
    const id = outboxPostId("s1", seqOf("session_opened"), "session-opened", chat);
    expect(await outbox.get(id)).toMatchObject({ status: "delivered", activityId: "1:activity-2" });
  });

  it("fails posts for a chat the bot was removed from", async () => {
    const { outbox, bindings, commit, worker } = await setUp();
    await commit(through("session_opened"));
    await bindings.unbind(chat);

    await worker().runOnce();

    const id = outboxPostId("s1", seqOf("session_opened"), "session-opened", chat);
    expect(await outbox.get(id)).toMatchObject({
      status: "failed",
      lastError: "conversation no longer bound",
    });
    expect(connector.calls).toHaveLength(0);
  });

  it("fails posts for a chat that now follows another session", async () => {
    const { outbox, bindings, commit, worker } = await setUp();
    await commit(through("session_opened"));
    const moved = await bindings.forConversation(chat);
    await bindings.bind({ ...moved!, sessionId: "s2" });

    await worker().runOnce();

    const id = outboxPostId("s1", seqOf("session_opened"), "session-opened", chat);
    expect(await outbox.get(id)).toMatchObject({
      status: "failed",
      lastError: expect.stringContaining("s2"),
    });
    expect(connector.calls).toHaveLength(0);
  });
});

describe("OutboxWorker loop", () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it("polls on its timer, runs at once on kick, and stops", async () => {
    jest.useFakeTimers();
    const sent: unknown[] = [];
    const memoryConnector: ChatConnector = {
      post: async (_reference, activity) => {
        sent.push(activity);
        return { activityId: `a${sent.length}` };
      },
      update: async () => undefined,
    };
    const { commit, worker } = await setUp({ connector: memoryConnector, pollIntervalMs: 1_000 });
    const running = worker();

    running.start();
    await jest.advanceTimersByTimeAsync(0);
    await commit(through("session_opened"));
    await jest.advanceTimersByTimeAsync(999);
    const beforePoll = sent.length;
    await jest.advanceTimersByTimeAsync(1);
    await commit(after("session_opened"));
    running.kick();
    await jest.advanceTimersByTimeAsync(0);
    const afterKick = sent.length;
    await running.stop();
    await commit(after("agenda_approved"));
    await jest.advanceTimersByTimeAsync(10_000);

    expect([beforePoll, afterKick, sent.length]).toEqual([0, 2, 2]);
  });
});

describe("OutboxWorker loop with a kick during a pass", () => {
  it("keeps a single timer and runs the next pass at once", async () => {
    const timers = new ManualTimers();
    let release: () => void = () => undefined;
    const slowConnector: ChatConnector = {
      post: () => new Promise((resolve) => (release = () => resolve({ activityId: "a1" }))),
      update: async () => undefined,
    };
    const { commit, worker } = await setUp({ connector: slowConnector, timers });
    await commit(through("session_opened"));
    const running = worker();

    running.start();
    timers.fireNext();
    await settle();
    running.kick();
    release();
    await settle();

    expect(timers.pending()).toEqual([0]);
    await running.stop();
    expect(timers.pending()).toEqual([]);
  });
});

/** Timers a test fires by hand; it can tell how many are pending and with which delay. */
class ManualTimers implements Timers {
  private readonly queue = new Map<number, { callback: () => void; ms: number }>();
  private nextHandle = 1;

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle++;
    this.queue.set(handle, { callback, ms });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.queue.delete(handle as number);
  }

  pending(): number[] {
    return [...this.queue.values()].map((timer) => timer.ms);
  }

  fireNext(): void {
    const [handle, timer] = [...this.queue.entries()][0] ?? [];
    if (handle === undefined || !timer) throw new Error("no timer pending");
    this.queue.delete(handle);
    timer.callback();
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

/** The outbox of a process that dies right after the connector accepted a post. */
function crashOnFirstDeliveryMark(outbox: OutboxStore): OutboxStore {
  let crashed = false;
  return new Proxy(outbox, {
    get(target, property, receiver) {
      if (property === "markDelivered" && !crashed) {
        return async () => {
          crashed = true;
          throw new Error("process died");
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
