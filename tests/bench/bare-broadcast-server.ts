import http from "node:http";
import type { AddressInfo } from "node:net";
// The default export: tests/ sees the root's older @types/ws, which has no named WebSocketServer.
import { WebSocketServer } from "ws";

/** The yardstick: a plain `ws` server that broadcasts one message per HTTP request. */
export interface BareBroadcastServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts the yardstick on a free loopback port. `POST /broadcast` with `{"seq": n}` serialises
 * `message(n)` once, sends it to every connected WebSocket and answers `{"seq": n}`: the same
 * shape of work as a ballot (HTTP in, fan-out, HTTP answer) with no domain, store or auth in it.
 */
export async function startBareBroadcastServer(
  message: (seq: number) => string,
): Promise<BareBroadcastServer> {
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const seq = (JSON.parse(body || "{}") as { seq?: number }).seq ?? 0;
      const raw = message(seq);
      for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.send(raw);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ seq }));
    });
  });
  const wss = new WebSocketServer({ server, perMessageDeflate: false });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const close = async () => {
    for (const ws of wss.clients) ws.terminate();
    wss.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url: `http://127.0.0.1:${port}`, close };
}
