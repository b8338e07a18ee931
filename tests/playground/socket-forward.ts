import net from "node:net";

/** A TCP address on loopback, or a Unix socket file. */
export type SocketAddress = { host: "127.0.0.1"; port: number } | { path: string };

/**
 * Accepts connections at `listen` and pipes each, both ways, to a new connection to `target`.
 * Unix socket files are shared across network namespaces while TCP ports are not, so a pair of
 * these carries loopback traffic in and out of the Playground's namespace.
 *
 * @example
 * const server = await forward({ path: "/tmp/x/bot.sock" }, { host: "127.0.0.1", port: 3978 });
 */
export async function forward(listen: SocketAddress, target: SocketAddress): Promise<net.Server> {
  const server = net.createServer((incoming) => {
    const outgoing = net.connect(target);
    const close = () => {
      incoming.destroy();
      outgoing.destroy();
    };
    incoming.on("error", close);
    outgoing.on("error", close);
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listen, () => resolve());
  });
  return server;
}

/** The TCP port a forwarder listens on. */
export function portOf(server: net.Server): number {
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("not a TCP server");
  return address.port;
}

/** Stops accepting and drops every open connection. */
export async function closeForward(server: net.Server): Promise<void> {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
