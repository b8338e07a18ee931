import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import type { StoredEvent } from "../../bot/src/store";
import { api, startTestService } from "../support/test-service";
import type { TestService } from "../support/test-service";
import { startBareBroadcastServer } from "./bare-broadcast-server";
import type { BareBroadcastServer } from "./bare-broadcast-server";
import type { BenchReport } from "./bench-report";
import { prepareBenchSession } from "./bench-session";
import type { BenchSession } from "./bench-session";
import { ClientFleet } from "./client-fleet";
import { DELIVERY_MODES, measureDeliveries } from "./measure-deliveries";
import type { DeliveryFigures, DeliveryMode } from "./measure-deliveries";
import type { LatencyFigures } from "./latency-figures";
import { sharedClock } from "./shared-clock";

export interface BenchOptions {
  /** Live-feed clients (1000 by default). */
  clients?: number;
  /** Seat holders casting one ballot each per mode (65 by default). */
  ballots?: number;
  /** Processes the clients are spread over (1 by default). */
  clientProcesses?: number;
}

/** Open files the service's process needs besides one socket per client. */
const FD_RESERVE = 100;
/** Longest wait for all clients to receive one mode's messages. */
const DELIVERY_TIMEOUT_MS = 30_000;
/** Longest wait for all clients to receive a vote opening or closing between the modes. */
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * The live-feed benchmark: the real service (SQLite store in a temp folder, loopback, free port),
 * `clients` subscribers in separate processes, and `ballots` members voting in three modes; then a
 * bare `ws` broadcast server fanning the same message out to the same clients, as the yardstick.
 * Cleans up its processes, servers and folder whatever happens.
 */
export async function runLiveFeedBench(options: BenchOptions = {}): Promise<BenchReport> {
  const clients = options.clients ?? 1000;
  const ballots = options.ballots ?? 65;
  const clientProcesses = options.clientProcesses ?? 1;
  assertEnoughOpenFiles(clients, clientProcesses);
  const started = sharedClock();

  const fleet = await ClientFleet.start(clientProcesses);
  let svc: TestService | undefined;
  let bare: BareBroadcastServer | undefined;
  try {
    svc = await startTestService();
    const session = await prepareBenchSession(svc, ballots);
    await connectAll(fleet, `${wsUrl(svc.url)}/api/v1/live`, clients, session.sessionId);
    const clockSkewBoundMs = await fleet.clockSkewBound();
    const { figures: ours, sample } = await measureOurs(session, fleet, ballots);
    await fleet.disconnect();

    const message = (seq: number) => ourMessage({ ...sample, seq });
    bare = await startBareBroadcastServer(message);
    await connectAll(fleet, wsUrl(bare.url), clients);
    const bareFigures = await measureBare(bare.url, fleet, ballots);
    await fleet.disconnect();

    const all = [...Object.values(ours), ...Object.values(bareFigures)];
    return {
      machine: machine(),
      clients,
      clientProcesses,
      ballots,
      payloadBytes: {
        ours: Buffer.byteLength(ourMessage(sample)),
        bare: Buffer.byteLength(message(sample.seq)),
      },
      clockSkewBoundMs: Math.round(clockSkewBoundMs * 1000) / 1000,
      ours,
      bare: bareFigures,
      ratio: ratios(ours, bareFigures),
      complete: all.every((f) => f.deliveredToAll === f.sent),
      durationMs: Math.round(sharedClock() - started),
    };
  } finally {
    await fleet.stop();
    await bare?.close();
    await svc?.stop();
    if (svc) fs.rmSync(svc.dataDir, { recursive: true, force: true });
  }
}

/** Three votes, one per mode; each starts once everyone has seen it open and ends once closed. */
async function measureOurs(session: BenchSession, fleet: ClientFleet, ballots: number) {
  const figures = {} as Record<DeliveryMode, DeliveryFigures>;
  let sample: StoredEvent | undefined;
  for (const mode of DELIVERY_MODES) {
    const { voteId, seq } = await session.openVote();
    await settle(fleet, seq);
    const send = async (index: number) => {
      const ballot = await session.castBallot(session.voterIds[index]!, voteId);
      sample ??= ballot;
      return ballot.seq;
    };
    figures[mode] = await measureDeliveries(mode, ballots, send, fleet, DELIVERY_TIMEOUT_MS);
    await settle(fleet, await session.closeVote(voteId));
  }
  if (!sample) throw new Error("no ballot was cast");
  return { figures, sample };
}

/** Waits until every client has event `seq`, so that a mode starts with nothing in flight. */
async function settle(fleet: ClientFleet, seq: number): Promise<void> {
  const arrival = (await fleet.collect([seq], SETTLE_TIMEOUT_MS)).get(seq);
  if (arrival?.count !== fleet.clients) {
    throw new Error(`only ${arrival?.count ?? 0} of ${fleet.clients} clients received seq ${seq}`);
  }
}

async function measureBare(url: string, fleet: ClientFleet, count: number) {
  const figures = {} as Record<DeliveryMode, DeliveryFigures>;
  let seq = 0;
  const send = async () => {
    const res = await api(url, "POST", "/broadcast", { body: { seq: ++seq } });
    return res.body.seq as number;
  };
  for (const mode of DELIVERY_MODES) {
    figures[mode] = await measureDeliveries(mode, count, send, fleet, DELIVERY_TIMEOUT_MS);
  }
  return figures;
}

async function connectAll(fleet: ClientFleet, url: string, clients: number, sessionId?: string) {
  await fleet.connect(url, clients, sessionId);
  if (fleet.clients !== clients) {
    throw new Error(`only ${fleet.clients} of ${clients} clients connected to ${url}`);
  }
}

/** The bytes the live feed sends for an event (as LiveFeed builds them). */
function ourMessage(event: StoredEvent): string {
  return JSON.stringify({ type: "event", sessionId: event.sessionId, event });
}

function ratios(
  ours: Record<DeliveryMode, DeliveryFigures>,
  bare: Record<DeliveryMode, DeliveryFigures>,
): BenchReport["ratio"] {
  const of = (a: number, b: number) => (a > 0 && b > 0 ? Math.round((a / b) * 100) / 100 : NaN);
  const ratio = (a: LatencyFigures, b: LatencyFigures) => ({
    p50: of(a.p50, b.p50),
    p99: of(a.p99, b.p99),
  });
  const entry = (mode: DeliveryMode) => ({
    afterAck: ratio(ours[mode].afterAck, bare[mode].afterAck),
    endToEnd: ratio(ours[mode].endToEnd, bare[mode].endToEnd),
  });
  return { paced: entry("paced"), sequential: entry("sequential"), burst: entry("burst") };
}

function machine(): BenchReport["machine"] {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? "unknown",
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, "ws");
}

/**
 * Every client is a socket here and one in a client process, so both need that many open files:
 * a clear refusal beats a run that dies half-way with EMFILE.
 */
function assertEnoughOpenFiles(clients: number, processes: number): void {
  const limit = openFileLimit();
  const perClientProcess = Math.ceil(clients / processes);
  if (clients + FD_RESERVE > limit || perClientProcess + FD_RESERVE > limit) {
    throw new Error(
      `${clients} clients need about ${clients + FD_RESERVE} open files, but ulimit -n is ${limit}; ` +
        "raise it (ulimit -n) or use fewer clients",
    );
  }
}

function openFileLimit(): number {
  try {
    const out = execFileSync("sh", ["-c", "ulimit -n"], { encoding: "utf8" }).trim();
    return out === "unlimited" ? Infinity : Number(out);
  } catch {
    // No POSIX shell to ask (Windows): let the run find out.
    return Infinity;
  }
}
