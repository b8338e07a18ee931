/**
 * A client process of the benchmark (run with `node --import tsx`, forked by ClientFleet): opens
 * live-feed WebSockets on request and notes, per event seq, how many of them received it and when
 * the last one did. It keeps the clients out of the server's process, so they do not share its
 * event loop.
 */
import WebSocket from "ws";
import type { Arrival, FleetReply, FleetRequest } from "./fleet-messages";
import { sharedClock } from "./shared-clock";

/** Connections opened at once: well under the listen backlog, so no SYN is dropped and retried. */
const CONNECT_CONCURRENCY = 50;
const CLOSE_GRACE_MS = 5000;

interface Collecting {
  waiting: Set<number>;
  finish: () => void;
}

let sockets: WebSocket[] = [];
const arrivals = new Map<number, Arrival>();
let collecting: Collecting | undefined;

function record(seq: number, at: number): void {
  let arrival = arrivals.get(seq);
  if (!arrival) arrivals.set(seq, (arrival = { seq, count: 0, last: at }));
  arrival.count++;
  arrival.last = Math.max(arrival.last, at);
  if (arrival.count === sockets.length && collecting?.waiting.delete(seq)) {
    if (collecting.waiting.size === 0) collecting.finish();
  }
}

/** The stamp comes first: parsing is part of what a real client pays, but not of the transport. */
function listen(socket: WebSocket, onSnapshot: () => void): void {
  socket.on("message", (data) => {
    const at = sharedClock();
    const message = JSON.parse(String(data)) as { type: string; event?: { seq: number } };
    if (message.type === "event" && message.event) record(message.event.seq, at);
    else if (message.type === "snapshot") onSnapshot();
    else if (message.type === "error") process.stderr.write(`live feed error: ${String(data)}\n`);
  });
}

async function connectOne(url: string, subscribeTo: string | undefined): Promise<WebSocket> {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  let subscribed: () => void = () => undefined;
  const snapshot = new Promise<void>((resolve) => (subscribed = resolve));
  listen(socket, subscribed);
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  socket.on("error", (err) => process.stderr.write(`client socket error: ${err.message}\n`));
  if (subscribeTo === undefined) return socket;
  socket.send(JSON.stringify({ type: "subscribe", sessionId: subscribeTo }));
  await snapshot;
  return socket;
}

async function connect(url: string, count: number, subscribeTo?: string): Promise<number> {
  const opened: WebSocket[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      opened.push(await connectOne(url, subscribeTo));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONNECT_CONCURRENCY, count) }, worker));
  sockets = opened;
  arrivals.clear();
  return sockets.length;
}

/** Waits until every client has each seq (or the time is up), then hands over and forgets all. */
function collect(seqs: number[], timeoutMs: number): Promise<Arrival[]> {
  return new Promise((resolve) => {
    const waiting = new Set(seqs.filter((s) => (arrivals.get(s)?.count ?? 0) < sockets.length));
    const handOver = () => {
      collecting = undefined;
      const found = seqs.flatMap((s) => arrivals.get(s) ?? []);
      arrivals.clear();
      resolve(found);
    };
    if (waiting.size === 0) return handOver();
    const timer = setTimeout(handOver, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      handOver();
    };
    collecting = { waiting, finish };
  });
}

async function disconnect(): Promise<void> {
  const closing = sockets.map(
    (socket) =>
      new Promise<void>((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once("close", () => resolve());
        socket.close();
      }),
  );
  sockets = [];
  const grace = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref());
  await Promise.race([Promise.all(closing), grace]);
}

async function answer(request: FleetRequest): Promise<FleetReply> {
  const id = request.id;
  switch (request.type) {
    case "connect": {
      const clients = await connect(request.url, request.clients, request.subscribeTo);
      return { id, type: "connected", clients };
    }
    case "collect":
      return { id, type: "arrivals", arrivals: await collect(request.seqs, request.timeoutMs) };
    case "clock":
      return { id, type: "clock", now: sharedClock() };
    case "disconnect":
      await disconnect();
      return { id, type: "disconnected" };
  }
}

function reply(message: FleetReply): void {
  process.send?.(message);
}

process.on("message", (request: FleetRequest) => {
  answer(request).then(reply, (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    reply({ id: request.id, type: "failed", message });
  });
});
// The benchmark going away (or letting go) ends this process; nothing here outlives it.
process.on("disconnect", () => {
  for (const socket of sockets) socket.terminate();
  process.exit(0);
});
reply({ id: 0, type: "started" });
