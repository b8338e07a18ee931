import type { LoggedEvent, ServerMessage, SessionState } from "@council/core";
import WebSocket from "ws";

/** A live-feed client for tests: records every message and waits for conditions. */
export class LiveClient {
  readonly messages: ServerMessage[] = [];
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => {
      this.messages.push(JSON.parse(data.toString()) as ServerMessage);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async connect(baseUrl: string): Promise<LiveClient> {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/v1/live`);
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    return new LiveClient(socket);
  }

  subscribe(sessionId: string, since?: number): void {
    this.socket.send(JSON.stringify({ type: "subscribe", sessionId, since }));
  }

  events(): LoggedEvent[] {
    return this.messages.flatMap((m) => (m.type === "event" ? [m.event] : []));
  }

  snapshot(): { seq: number; state: SessionState } | undefined {
    const snap = this.messages.find((m) => m.type === "snapshot");
    return snap?.type === "snapshot" ? snap : undefined;
  }

  async waitFor(check: (client: LiveClient) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("timed out waiting for the live feed");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.socket.close();
  }
}
