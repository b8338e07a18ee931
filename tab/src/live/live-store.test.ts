import type { LoggedEvent, ServerMessage, SessionState } from "@council/core";
import { PROTOCOL_VERSION, tallyVote } from "@council/core";
import fc from "fast-check";
import { FakeFeed } from "../testing/fake-feed";
import { SessionScript, sessionId } from "../testing/session-script";
import { LiveStore } from "./live-store";

const hello: ServerMessage = { type: "hello", protocol: PROTOCOL_VERSION };

function snapshotOf(state: SessionState): ServerMessage {
  return { type: "snapshot", sessionId, seq: state.seq, state };
}

function eventOf(event: LoggedEvent): ServerMessage {
  return { type: "event", sessionId, event };
}

function setUp(options: { delay?: (attempt: number) => number } = {}) {
  const feed = new FakeFeed();
  const store = new LiveStore({
    sessionId,
    url: "ws://127.0.0.1/api/v1/live",
    connect: feed.connect,
    delay: options.delay ?? ((attempt) => 1000 * (attempt + 1)),
  });
  store.start();
  return { feed, store };
}

/** A client connected and holding the script's state as of now. */
function connected(script: SessionScript) {
  const context = setUp();
  context.feed.last.open();
  context.feed.last.deliver(hello);
  context.feed.last.deliver(snapshotOf(script.s));
  return context;
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("LiveStore", () => {
  it("subscribes without a sequence number at first and shows the snapshot", () => {
    const script = SessionScript.discussing();
    const { feed, store } = setUp();

    expect(store.getSnapshot().connection).toBe("connecting");
    feed.last.open();
    feed.last.deliver(hello);
    feed.last.deliver(snapshotOf(script.s));

    expect(feed.last.sent).toEqual([{ type: "subscribe", sessionId }]);
    expect(store.getSnapshot().connection).toBe("live");
    expect(store.getSnapshot().state).toEqual(script.s);
  });

  it("applies each event with the core's fold and ends at the server's state", () => {
    const script = SessionScript.discussing();
    const { feed, store } = connected(script);

    const events = [
      ...script.run({ type: "open_vote" }),
      ...script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "m1"),
      ...script.run({ type: "cast_ballot", voteId: "vote-1", choice: "no" }, "m2"),
    ];
    events.forEach((event) => feed.last.deliver(eventOf(event)));

    expect(store.getSnapshot().state).toEqual(script.s);
  });

  it("ignores an event it has applied already, so nothing is counted twice", () => {
    const script = SessionScript.discussing();
    const { feed, store } = connected(script);
    const [request] = script.run({ type: "request_floor" }, "m1");
    const [opened] = script.run({ type: "open_vote" });

    [request, request, opened, request, opened].forEach((e) => feed.last.deliver(eventOf(e!)));

    const state = store.getSnapshot().state!;
    expect(state.queue).toHaveLength(1);
    expect(state.votes).toHaveLength(1);
    expect(state).toEqual(script.s);
  });

  it("asks again from its last sequence number when it sees a gap, once per gap", () => {
    const script = SessionScript.discussing();
    const { feed, store } = connected(script);
    const held = script.s.seq;
    const [opened] = script.run({ type: "open_vote" });
    const [first] = script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "m1");
    const [second] = script.run({ type: "cast_ballot", voteId: "vote-1", choice: "no" }, "m2");

    feed.last.deliver(eventOf(first!));
    feed.last.deliver(eventOf(second!));

    expect(store.getSnapshot().state?.seq).toBe(held);
    expect(feed.last.sent.slice(1)).toEqual([{ type: "subscribe", sessionId, since: held }]);

    [opened, first, second].forEach((event) => feed.last.deliver(eventOf(event!)));
    expect(store.getSnapshot().state).toEqual(script.s);
  });

  it("ignores a snapshot older than the state it holds", () => {
    const script = SessionScript.discussing();
    const older = script.s;
    const { feed, store } = connected(script);
    script.run({ type: "open_vote" }).forEach((event) => feed.last.deliver(eventOf(event)));

    feed.last.deliver(snapshotOf(older));

    expect(store.getSnapshot().state).toEqual(script.s);
  });

  it("shows reconnecting after a drop and resumes from its last sequence number", () => {
    const script = SessionScript.discussing();
    script.run({ type: "open_vote" });
    const { feed, store } = connected(script);
    const held = script.s.seq;

    feed.last.drop();
    expect(store.getSnapshot().connection).toBe("reconnecting");
    const missed = [
      ...script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "m1"),
      ...script.run({ type: "cast_ballot", voteId: "vote-1", choice: "abstain" }, "m3"),
    ];
    jest.advanceTimersByTime(999);
    expect(feed.sockets).toHaveLength(1);
    jest.advanceTimersByTime(1);
    feed.last.open();
    feed.last.deliver(hello);
    missed.forEach((event) => feed.last.deliver(eventOf(event)));

    expect(feed.sockets).toHaveLength(2);
    expect(feed.last.sent).toEqual([{ type: "subscribe", sessionId, since: held }]);
    expect(store.getSnapshot().connection).toBe("live");
    expect(store.getSnapshot().state).toEqual(script.s);
    expect(tallyVote(store.getSnapshot().state!, "vote-1")).toMatchObject({ yes: 1, abstain: 1 });
  });

  it("waits longer after each failed attempt and starts over after a hello", () => {
    const waits: number[] = [];
    const { feed } = setUp({
      delay: (attempt) => {
        waits.push(attempt);
        return 100;
      },
    });

    feed.last.drop();
    jest.advanceTimersByTime(100);
    feed.last.drop();
    jest.advanceTimersByTime(100);
    feed.last.open();
    feed.last.deliver(hello);
    feed.last.drop();

    expect(waits).toEqual([0, 1, 0]);
  });

  it("replaces a connection that has gone silent and pings a quiet one", () => {
    const script = SessionScript.discussing();
    const { feed, store } = connected(script);
    const first = feed.last;

    jest.advanceTimersByTime(20_000);
    expect(first.sent.at(-1)).toEqual({ type: "ping" });
    jest.advanceTimersByTime(40_000);

    expect(first.closed).toBe(true);
    expect(store.getSnapshot().connection).toBe("reconnecting");
    jest.advanceTimersByTime(1000);
    expect(feed.sockets).toHaveLength(2);
  });

  it("takes the events of an accepted command only when they follow on directly", () => {
    const script = SessionScript.discussing();
    const { store } = connected(script);
    const opened = script.run({ type: "open_vote" });
    const ballot = script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "m1");

    store.acceptConfirmed(ballot);
    expect(store.getSnapshot().state?.currentVoteId).toBeUndefined();

    store.acceptConfirmed(opened);
    store.acceptConfirmed(ballot);
    expect(store.getSnapshot().state).toEqual(script.s);
  });

  it("reports a feed error for its session and ignores other sessions' events", () => {
    const script = SessionScript.discussing();
    const { feed, store } = connected(script);
    const [opened] = script.run({ type: "open_vote" });

    feed.last.deliver({ type: "event", sessionId: "other", event: opened! });
    feed.last.deliverRaw("not json");
    feed.last.deliver({ type: "error", code: "session_not_found", message: "no", sessionId });

    expect(store.getSnapshot().state?.seq).toBe(opened!.seq - 1);
    expect(store.getSnapshot().error).toEqual({ code: "session_not_found", message: "no" });
  });

  it("flags a server that speaks another protocol version", () => {
    const { feed, store } = setUp();

    feed.last.open();
    feed.last.deliver({ type: "hello", protocol: PROTOCOL_VERSION + 1 });

    expect(store.getSnapshot().error?.code).toBe("protocol_mismatch");
  });

  it("closes for good on stop and does not reconnect", () => {
    const { feed, store } = setUp();
    feed.last.open();

    store.stop();
    jest.advanceTimersByTime(60_000);

    expect(feed.last.closed).toBe(true);
    expect(feed.sockets).toHaveLength(1);
    expect(store.getSnapshot().connection).toBe("closed");
  });

  it("notifies subscribers on every change until they unsubscribe", () => {
    const script = SessionScript.discussing();
    const { feed, store } = setUp();
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);

    feed.last.open();
    feed.last.deliver(hello);
    unsubscribe();
    feed.last.deliver(snapshotOf(script.s));

    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe("LiveStore clock and event log", () => {
  it("learns this device's clock offset from the times of live events", () => {
    const script = SessionScript.discussing();
    const { feed, store } = connected(script);
    const [request] = script.run({ type: "request_floor" }, "m1");
    jest.setSystemTime(Date.parse(request!.time) + 7_000);

    expect(store.getSnapshot().clockOffsetMs).toBe(0);
    feed.last.deliver(eventOf(request!));

    expect(store.getSnapshot().clockOffsetMs).toBe(7_000);
  });

  it("tells event listeners each applied event once, in order, and stops on unsubscribe", () => {
    const script = SessionScript.discussing();
    const { feed, store } = connected(script);
    const heard: number[] = [];
    const unsubscribe = store.subscribeEvents((event) => heard.push(event.seq));
    const [request] = script.run({ type: "request_floor" }, "m1");
    const [opened] = script.run({ type: "open_vote" });
    const [ballot] = script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "m1");

    [request, request, opened].forEach((e) => feed.last.deliver(eventOf(e!)));
    unsubscribe();
    feed.last.deliver(eventOf(ballot!));

    expect(heard).toEqual([request!.seq, opened!.seq]);
  });
});

describe("LiveStore under a faulty network", () => {
  /**
   * A server that answers subscriptions like the real one and a network that duplicates,
   * reorders and drops: whatever happens, the client ends at the server's state.
   */
  it("ends at the server's state whatever is duplicated, reordered or dropped", () => {
    const script = SessionScript.discussing();
    const start = script.s;
    script.run({ type: "request_floor" }, "m1");
    script.run({ type: "request_floor" }, "m2");
    script.run({ type: "grant_floor" });
    script.run({ type: "end_floor" });
    script.run({ type: "open_vote" });
    script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "m1");
    script.run({ type: "cast_ballot", voteId: "vote-1", choice: "no" }, "m2");
    script.run({ type: "cast_ballot", voteId: "vote-1", choice: "abstain" }, "m3");
    script.run({ type: "cast_ballot", voteId: "vote-1", choice: "yes" }, "chair");
    script.run({ type: "close_vote", voteId: "vote-1" });
    const log = script.events.filter((e) => e.seq > start.seq);

    const action = fc.oneof(
      fc.record({ kind: fc.constant("deliver" as const), index: fc.nat(log.length - 1) }),
      fc.record({ kind: fc.constant("drop" as const), index: fc.constant(0) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        jest.clearAllTimers();
        const { feed, store } = setUp({ delay: () => 10 });
        const answer = () => {
          const socket = feed.last;
          socket.open();
          socket.deliver(hello);
          const ask = socket.sent.at(-1);
          if (ask?.type !== "subscribe" || ask.since === undefined) {
            socket.deliver(snapshotOf(start));
          } else {
            log.filter((e) => e.seq > ask.since!).forEach((e) => socket.deliver(eventOf(e)));
          }
        };
        answer();
        for (const step of actions) {
          if (step.kind === "deliver") feed.last.deliver(eventOf(log[step.index]!));
          else {
            feed.last.drop();
            jest.advanceTimersByTime(10);
            answer();
          }
        }
        feed.last.drop();
        jest.advanceTimersByTime(10);
        answer();

        expect(store.getSnapshot().state).toEqual(script.s);
        store.stop();
      }),
    );
  });
});
