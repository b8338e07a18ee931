import { fork } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import type { Arrival, FleetReply, FleetRequest } from "./fleet-messages";
import { sharedClock } from "./shared-clock";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(__dirname, "fleet-client-process.ts");
const START_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 90_000;
const EXIT_GRACE_MS = 5000;

/** A request without its id: the process wrapper numbers them. */
type Ask<R = FleetRequest> = R extends FleetRequest ? Omit<R, "id"> : never;

/** One forked client process and its request/answer bookkeeping over IPC. */
class ClientProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: FleetReply) => void>();
  private readonly started: Promise<void>;

  constructor(private readonly child: ChildProcess) {
    this.started = new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error("client process did not start")),
        START_TIMEOUT_MS,
      );
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        const message = `exited (${signal ?? code})`;
        reject(new Error(`client process ${message}`));
        for (const [id, settle] of this.waiting) settle({ id, type: "failed", message });
        this.waiting.clear();
      });
      // A send to a process that just died fails through its callback; this only keeps it quiet.
      child.on("error", () => undefined);
      child.on("message", (reply: FleetReply) => {
        if (reply.type === "started") {
          clearTimeout(timer);
          resolve();
        }
        this.waiting.get(reply.id)?.(reply);
        this.waiting.delete(reply.id);
      });
    });
  }

  ready(): Promise<void> {
    return this.started;
  }

  async ask(request: Ask): Promise<FleetReply> {
    const id = this.nextId++;
    const reply = await new Promise<FleetReply>((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new Error(`client process did not answer ${request.type}`)),
        REQUEST_TIMEOUT_MS,
      );
      this.waiting.set(id, (answer) => {
        clearTimeout(timer);
        resolve(answer);
      });
      if (!this.child.connected) return fail(new Error("client process is gone"));
      this.child.send({ ...request, id }, (error) => error && fail(error));
    });
    if (reply.type === "failed") throw new Error(`client process: ${reply.message}`);
    return reply;
  }

  /** Lets go of the IPC channel (the process exits on that), then kills it if it lingers. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    if (child.connected) child.disconnect();
    const timer = setTimeout(() => child.kill("SIGKILL"), EXIT_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * Live-feed clients spread over one or more child processes. Arrival times are stamped there on
 * the shared clock, so the benchmark can subtract its own acknowledgement stamps from them.
 */
export class ClientFleet {
  private constructor(
    private readonly processes: ClientProcess[],
    private perProcess: number[] = [],
  ) {}

  /** Forks `count` client processes and waits until each listens for requests. */
  static async start(count: number): Promise<ClientFleet> {
    const processes = Array.from({ length: count }, () => {
      const child = fork(SCRIPT, [], {
        cwd: ROOT,
        execArgv: ["--import", "tsx"],
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      return new ClientProcess(child);
    });
    const fleet = new ClientFleet(processes);
    try {
      await Promise.all(processes.map((p) => p.ready()));
    } catch (error) {
      await fleet.stop();
      throw error;
    }
    return fleet;
  }

  /** How many clients are connected across all processes. */
  get clients(): number {
    return this.perProcess.reduce((sum, n) => sum + n, 0);
  }

  /** Opens `clients` WebSockets (split evenly), each subscribed to a session when one is named. */
  async connect(url: string, clients: number, subscribeTo?: string): Promise<void> {
    const k = this.processes.length;
    const shares = this.processes.map(
      (_, i) => Math.floor(clients / k) + (i < clients % k ? 1 : 0),
    );
    const replies = await Promise.all(
      this.processes.map((p, i) =>
        p.ask({ type: "connect", url, clients: shares[i]!, subscribeTo }),
      ),
    );
    this.perProcess = replies.map((r) => (r.type === "connected" ? r.clients : 0));
  }

  /**
   * Waits until every client has received each seq, or `timeoutMs` passes, and returns per seq how
   * many clients got it and when the last one did. Forgets everything recorded so far.
   */
  async collect(seqs: number[], timeoutMs: number): Promise<Map<number, Arrival>> {
    const replies = await Promise.all(
      this.processes.map((p) => p.ask({ type: "collect", seqs, timeoutMs })),
    );
    const merged = new Map<number, Arrival>();
    for (const reply of replies) {
      if (reply.type !== "arrivals") continue;
      for (const a of reply.arrivals) {
        const seen = merged.get(a.seq);
        merged.set(
          a.seq,
          seen ? { seq: a.seq, count: seen.count + a.count, last: Math.max(seen.last, a.last) } : a,
        );
      }
    }
    return merged;
  }

  /**
   * How far the client processes' shared clocks may be from ours, in ms: the offset seen over the
   * quickest of a few IPC round trips plus half that round trip.
   */
  async clockSkewBound(rounds = 10): Promise<number> {
    let worst = 0;
    for (const p of this.processes) {
      let best = { rtt: Infinity, offset: 0 };
      for (let i = 0; i < rounds; i++) {
        const sent = sharedClock();
        const reply = await p.ask({ type: "clock" });
        const back = sharedClock();
        if (reply.type !== "clock" || back - sent >= best.rtt) continue;
        best = { rtt: back - sent, offset: reply.now - (sent + back) / 2 };
      }
      worst = Math.max(worst, Math.abs(best.offset) + best.rtt / 2);
    }
    return worst;
  }

  /** Closes every client socket; the processes stay for the next round. */
  async disconnect(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.ask({ type: "disconnect" })));
    this.perProcess = [];
  }

  /** Ends the client processes. */
  async stop(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop()));
  }
}
