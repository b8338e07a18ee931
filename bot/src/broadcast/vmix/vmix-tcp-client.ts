import { VmixFunctionError } from "./vmix-errors";
import { type VmixFunctionCall, vmixQuery } from "./vmix-function";
import type { VmixReply } from "./vmix-reply-reader";
import { VmixTcpConnection, type VmixTcpTiming } from "./vmix-tcp-connection";

export interface VmixTcpClientOptions extends Partial<VmixTcpTiming> {
  host: string;
  port: number;
  /** Subscriptions on the second socket; default TALLY and ACTS. */
  subscriptions?: ("TALLY" | "ACTS")[];
}

/**
 * The vMix TCP API (port 8099) on two sockets: one for requests (FUNCTION, XML, TALLY), one
 * that only subscribes, so pushed TALLY and ACTS lines are never taken for a request's reply.
 * Both reconnect on their own and resubscribe.
 */
export class VmixTcpClient {
  private readonly requests: VmixTcpConnection;
  private readonly events: VmixTcpConnection;

  constructor(options: VmixTcpClientOptions) {
    const subscriptions = options.subscriptions ?? ["TALLY", "ACTS"];
    this.requests = new VmixTcpConnection(options);
    this.events = new VmixTcpConnection({
      ...options,
      setup: subscriptions.map((name) => `SUBSCRIBE ${name}`),
    });
  }

  /** Whether the request socket is up: functions and XML can go now. */
  get connected(): boolean {
    return this.requests.connected;
  }

  start(): void {
    this.requests.start();
    this.events.start();
  }

  async stop(): Promise<void> {
    await Promise.all([this.requests.stop(), this.events.stop()]);
  }

  /** Resolves when the request socket is up, or rejects with BroadcastUnavailable. */
  waitForLink(timeoutMs: number): Promise<void> {
    return this.requests.waitForLink(timeoutMs);
  }

  /** `FUNCTION Name Input=…&Value=…`; resolves on `FUNCTION OK`, throws VmixFunctionError on ER. */
  async call(call: VmixFunctionCall): Promise<void> {
    const query = vmixQuery(call);
    const reply = await this.requests.request(`FUNCTION ${call.name}${query ? ` ${query}` : ""}`);
    if (reply.status !== "OK") throw new VmixFunctionError(call.name, reply.message);
  }

  /** The whole XML state document. */
  async xml(): Promise<string> {
    const reply = await this.requests.request("XML");
    if (reply.status !== "DATA") throw new VmixFunctionError("XML", reply.message);
    return reply.payload ?? "";
  }

  /** One digit per input in number order: 0 off, 1 program, 2 preview. */
  async tally(): Promise<string> {
    const reply = await this.requests.request("TALLY");
    if (reply.status !== "OK") throw new VmixFunctionError("TALLY", reply.message);
    return reply.message;
  }

  /** TALLY and ACTS lines pushed on the subscription socket. */
  onEvent(listener: (reply: VmixReply) => void): () => void {
    return this.events.onPush((reply) => {
      if (reply.command === "TALLY" || reply.command === "ACTS") listener(reply);
    });
  }

  /** Up and down of the request socket. */
  onLink(listener: (up: boolean) => void): () => void {
    return this.requests.onLink(listener);
  }
}
