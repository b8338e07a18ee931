import type { ClientMessage, ServerMessage } from "@council/core";
import type { LiveSocket, LiveSocketFactory, LiveSocketHandlers } from "../live/live-socket";

/** One fake connection: records what the client sends and lets a test play the server. */
export class FakeSocket implements LiveSocket {
  readonly sent: ClientMessage[] = [];
  closed = false;

  constructor(private readonly handlers: LiveSocketHandlers) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data) as ClientMessage);
  }

  close(): void {
    this.closed = true;
  }

  open(): void {
    this.handlers.onOpen();
  }

  deliver(message: ServerMessage): void {
    this.handlers.onMessage(JSON.stringify(message));
  }

  deliverRaw(data: string): void {
    this.handlers.onMessage(data);
  }

  drop(): void {
    this.handlers.onClose();
  }
}

/** Hands out fake sockets and remembers them in order. */
export class FakeFeed {
  readonly sockets: FakeSocket[] = [];

  readonly connect: LiveSocketFactory = (_url, handlers) => {
    const socket = new FakeSocket(handlers);
    this.sockets.push(socket);
    return socket;
  };

  get last(): FakeSocket {
    const socket = this.sockets.at(-1);
    if (!socket) throw new Error("no socket opened yet");
    return socket;
  }
}
