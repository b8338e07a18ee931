import type { Command, LoggedEvent, ServerMessage, SessionState } from "@council/core";
import { applyEvent } from "@council/core";
import WebSocket from "ws";

/** A councillor (or the chair) of the demo: signs every command with their own token. */
export class DemoClient {
  constructor(
    private readonly baseUrl: string,
    private readonly sessionId: string,
    readonly memberId: string,
    private readonly token: string,
    /** Milliseconds to wait before each command, so a broadcast can follow at a human pace. */
    private readonly paceMs = 0,
  ) {}

  /** Sends a command; answers the refusal code when the service says no. */
  async send(command: Command): Promise<{ ok: true; seq: number } | { ok: false; code: string }> {
    if (this.paceMs > 0) await new Promise((resolve) => setTimeout(resolve, this.paceMs));
    const res = await fetch(`${this.baseUrl}/api/v1/sessions/${this.sessionId}/commands`, {
      method: "POST",
      headers: { authorization: `Bearer ${this.token}`, "content-type": "application/json" },
      body: JSON.stringify(command),
    });
    const body = (await res.json()) as { seq?: number; error?: { code: string } };
    if (res.ok && typeof body.seq === "number") return { ok: true, seq: body.seq };
    return { ok: false, code: body.error?.code ?? `http_${res.status}` };
  }

  /** Sends a command that must be accepted. */
  async must(command: Command): Promise<number> {
    const outcome = await this.send(command);
    if (!outcome.ok)
      throw new Error(`${this.memberId}: ${command.type} refused with ${outcome.code}`);
    return outcome.seq;
  }
}

/** Watches the session over the live feed, as the tab does, and keeps its state. */
export class LiveObserver {
  state: SessionState | undefined;
  events = 0;
  private waiters: Array<() => void> = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on("message", (data) => this.receive(JSON.parse(data.toString()) as ServerMessage));
  }

  static async connect(baseUrl: string, sessionId: string): Promise<LiveObserver> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/v1/live`);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    const observer = new LiveObserver(socket);
    socket.send(JSON.stringify({ type: "subscribe", sessionId }));
    await observer.until((s) => s !== undefined);
    return observer;
  }

  private receive(message: ServerMessage): void {
    if (message.type === "snapshot") this.state = message.state;
    if (message.type === "event" && this.state && message.event.seq === this.state.seq + 1) {
      this.state = applyEvent(this.state, message.event as LoggedEvent);
      this.events++;
    }
    for (const wake of this.waiters.splice(0)) wake();
  }

  /** Resolves when the observed state satisfies the check (10 s at most). */
  async until(check: (state: SessionState | undefined) => boolean): Promise<SessionState> {
    const deadline = Date.now() + 10_000;
    while (!check(this.state)) {
      if (Date.now() > deadline)
        throw new Error("the live feed did not show the expected state in time");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.state as SessionState;
  }

  /** Waits until the observer has seen every event up to `seq`. */
  seen(seq: number): Promise<SessionState> {
    return this.until((s) => (s?.seq ?? 0) >= seq);
  }

  close(): void {
    this.socket.close();
  }
}
