/** What the live store needs of a socket: send text and close it. */
export interface LiveSocket {
  send(data: string): void;
  close(): void;
}

/** Callbacks a socket reports to. `onClose` also stands for errors: both end the connection. */
export interface LiveSocketHandlers {
  onOpen(): void;
  onMessage(data: string): void;
  onClose(): void;
}

/** Opens a socket to a URL; injectable so the store can be tested without a network. */
export type LiveSocketFactory = (url: string, handlers: LiveSocketHandlers) => LiveSocket;

/** The browser's WebSocket behind the small LiveSocket interface. */
export const browserSocket: LiveSocketFactory = (url, handlers) => {
  const socket = new WebSocket(url);
  socket.addEventListener("open", () => handlers.onOpen());
  socket.addEventListener("message", (event: MessageEvent) => {
    if (typeof event.data === "string") handlers.onMessage(event.data);
  });
  // A failed socket fires "error" then "close"; reacting to "close" alone avoids a double retry.
  socket.addEventListener("close", () => handlers.onClose());
  return {
    send: (data) => socket.send(data),
    close: () => socket.close(),
  };
};

/** The live-feed address on the host that served the page, ws:// or wss:// as the page is. */
export function liveFeedUrl(location: Pick<Location, "protocol" | "host">): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/api/v1/live`;
}
