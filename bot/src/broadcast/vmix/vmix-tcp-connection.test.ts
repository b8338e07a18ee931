import net from "node:net";
import { BroadcastUnavailable } from "../broadcast-port";
import { VmixTcpConnection } from "./vmix-tcp-connection";

interface Script {
  /** Lines received, in order, with whether a reply was still owed when each arrived. */
  received: { line: string; owed: boolean }[];
  sockets: net.Socket[];
  server: net.Server;
  port: number;
}

/** A scripted peer: `answer` decides the reply to each line (undefined: stay silent). */
async function peer(answer: (line: string) => string | undefined, greet = "VERSION OK 27.0\r\n") {
  const script: Script = { received: [], sockets: [], server: net.createServer(), port: 0 };
  script.server.on("connection", (socket) => {
    script.sockets.push(socket);
    socket.on("error", () => undefined);
    socket.write(greet);
    let owed = false;
    let buffer = "";
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      const lines = buffer.split("\r\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        script.received.push({ line, owed });
        const reply = answer(line);
        if (reply === undefined) continue;
        owed = true;
        // Answer later, so a second request sent too early would arrive while one is owed.
        setTimeout(() => {
          owed = false;
          socket.write(reply);
        }, 20);
      }
    });
  });
  await new Promise<void>((resolve) => script.server.listen(0, "127.0.0.1", resolve));
  script.port = (script.server.address() as net.AddressInfo).port;
  return script;
}

async function closePeer(script: Script) {
  script.sockets.forEach((socket) => socket.destroy());
  await new Promise((resolve) => script.server.close(resolve));
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const fast = { connectTimeoutMs: 500, keepAliveMs: 0, minBackoffMs: 20, maxBackoffMs: 50 };

describe("VmixTcpConnection", () => {
  const open: VmixTcpConnection[] = [];
  const peers: Script[] = [];

  afterEach(async () => {
    await Promise.all(open.splice(0).map((connection) => connection.stop()));
    await Promise.all(peers.splice(0).map(closePeer));
  });

  async function connect(script: Script, options = {}) {
    const connection = new VmixTcpConnection({
      host: "127.0.0.1",
      port: script.port,
      ...fast,
      ...options,
    });
    open.push(connection);
    connection.start();
    await connection.waitForLink(1000);
    return connection;
  }

  it("sends one request at a time and answers each in order", async () => {
    const script = await peer((line) => `FUNCTION OK ${line.split(" ")[1]}\r\n`);
    peers.push(script);
    const connection = await connect(script);

    const replies = await Promise.all(
      ["A", "B", "C"].map((name) => connection.request(`FUNCTION ${name}`)),
    );

    expect(replies.map((reply) => reply.message)).toEqual(["A", "B", "C"]);
    expect(script.received.map((entry) => entry.owed)).toEqual([false, false, false]);
  });

  it("hands the greeting and replies to other commands to the push listeners", async () => {
    const script = await peer(() => "TALLY OK 012\r\nFUNCTION OK Completed\r\n");
    peers.push(script);
    const pushed: string[] = [];
    const connection = new VmixTcpConnection({ host: "127.0.0.1", port: script.port, ...fast });
    open.push(connection);
    connection.onPush((reply) => pushed.push(`${reply.command} ${reply.message}`));
    connection.start();
    await connection.waitForLink(1000);

    const reply = await connection.request("FUNCTION Cut");

    expect(reply.message).toBe("Completed");
    expect(pushed).toEqual(["VERSION 27.0", "TALLY 012"]);
  });

  it("fails a request without a reply in time and reconnects", async () => {
    const script = await peer((line) => (line === "XML" ? undefined : "PING OK PONG\r\n"));
    peers.push(script);
    const connection = await connect(script, { requestTimeoutMs: 100 });

    await expect(connection.request("XML")).rejects.toThrow(BroadcastUnavailable);
    await connection.waitForLink(1000);

    expect((await connection.request("PING")).message).toBe("PONG");
    expect(script.sockets).toHaveLength(2);
  });

  it("fails at once while down, and fails the queue when the link drops", async () => {
    const script = await peer(() => undefined);
    peers.push(script);
    const connection = await connect(script);

    const waiting = [connection.request("XML"), connection.request("TALLY")];
    script.sockets[0]?.destroy();

    for (const request of waiting) await expect(request).rejects.toThrow(/connection lost/);
    await expect(connection.request("XML")).rejects.toThrow(/not connected/);
  });

  it("pings an idle socket", async () => {
    const script = await peer(() => "PING OK PONG\r\n");
    peers.push(script);
    await connect(script, { keepAliveMs: 50 });

    await until(() => script.received.some((entry) => entry.line === "PING"));

    expect(script.received.every((entry) => entry.line === "PING")).toBe(true);
  });

  it("sends its setup lines again after every reconnect", async () => {
    const script = await peer((line) => `SUBSCRIBE OK ${line.split(" ")[1]}\r\n`);
    peers.push(script);
    await connect(script, { setup: ["SUBSCRIBE TALLY"] });
    await until(() => script.received.length === 1);

    script.sockets[0]?.destroy();
    await until(() => script.received.length === 2);

    expect(script.sockets).toHaveLength(2);
    expect(script.received.map((entry) => entry.line)).toEqual([
      "SUBSCRIBE TALLY",
      "SUBSCRIBE TALLY",
    ]);
  });

  it("drops a peer that answers like an HTTP server", async () => {
    const script = await peer(() => undefined, "HTTP/1.0 400 Bad Request\r\n\r\n");
    peers.push(script);
    const connection = new VmixTcpConnection({ host: "127.0.0.1", port: script.port, ...fast });
    open.push(connection);
    const links: boolean[] = [];
    connection.onLink((up) => links.push(up));

    connection.start();
    await until(() => script.sockets.length > 1);

    expect(links.slice(0, 2)).toEqual([true, false]);
    expect(script.sockets.length).toBeGreaterThan(1);
  });
});
