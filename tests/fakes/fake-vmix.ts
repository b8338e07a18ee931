import http from "node:http";
import net from "node:net";
import { churchService, readVmixCorpus } from "./fake-vmix-corpus";
import { FakeVmixState } from "./fake-vmix-state";

/** How the fake cuts its TCP replies into packets. */
export type FakeVmixChunking = "whole" | "bytes" | "random";

export interface FakeVmixOptions {
  /** A corpus file name; the default is the 51-input church service. */
  document?: string;
  /** Or a whole XML document. */
  xml?: string;
  /** Input key → a new title, e.g. Czech names with diacritics. */
  titles?: Record<string, string>;
  /** `<input key=… type=… title=…>` elements added after the document's inputs. */
  inputs?: string[];
  chunking?: FakeVmixChunking;
  /** Seed of the random chunk sizes, so a failing run can be repeated. */
  seed?: number;
  now?: () => number;
}

/** One function call as the fake received it: the name and the decoded parameters. */
export interface FakeVmixCall {
  api: "http" | "tcp";
  name: string;
  params: Record<string, string>;
}

interface Client {
  socket: net.Socket;
  subscriptions: Set<string>;
  /** Replies are written one after another, even when each is cut into timed packets. */
  writing: Promise<void>;
}

/**
 * A vMix for the tests, on loopback: the HTTP API (`/api/`, `/api/?Function=`) and the TCP API
 * (FUNCTION, XML, TALLY, SUBSCRIBE, PING) answering with a real XML state document from the
 * corpus, edited as functions arrive. It records every function call, can cut its replies into
 * packets, drop a connection in the middle of a reply, refuse a function, and go down and come
 * back on the same ports.
 */
export class FakeVmix {
  readonly host = "127.0.0.1";
  readonly calls: FakeVmixCall[] = [];
  /** NDI input key → the source name NDISelectSourceByName chose. */
  readonly ndiSources = new Map<string, string>();
  httpPort = 0;
  tcpPort = 0;
  chunking: FakeVmixChunking;
  state: FakeVmixState;
  private readonly clients = new Set<Client>();
  private http?: http.Server;
  private tcp?: net.Server;
  private random: () => number;
  private dropNext?: string;
  private readonly refusals = new Set<string>();

  private constructor(private readonly options: FakeVmixOptions) {
    this.chunking = options.chunking ?? "whole";
    this.random = seeded(options.seed ?? 1);
    this.state = this.freshState();
  }

  /** Starts a fake vMix on free loopback ports. */
  static async start(options: FakeVmixOptions = {}): Promise<FakeVmix> {
    const fake = new FakeVmix(options);
    await fake.start();
    return fake;
  }

  /** Comes (back) up on the same ports; `fresh` reloads the document as a restarted vMix would. */
  async start({ fresh = false }: { fresh?: boolean } = {}): Promise<void> {
    if (fresh) this.state = this.freshState();
    this.tcp = net.createServer((socket) => this.accept(socket));
    this.http = http.createServer((request, response) => this.serveHttp(request, response));
    this.tcpPort = await listen(this.tcp, this.tcpPort);
    this.httpPort = await listen(this.http, this.httpPort);
  }

  /** Goes down: closes both servers and drops every open connection. */
  async stop(): Promise<void> {
    for (const client of this.clients) client.socket.destroy();
    this.clients.clear();
    this.http?.closeAllConnections();
    await Promise.all([close(this.tcp), close(this.http)]);
    this.tcp = undefined;
    this.http = undefined;
  }

  /**
   * The next TCP reply (or the next one starting with `command`, e.g. "FUNCTION") is cut in the
   * middle and its connection dropped.
   */
  dropNextReply(command = ""): void {
    this.dropNext = command;
  }

  /** The next call of this function answers `FUNCTION ER` (TCP) or 500 (HTTP). */
  refuseNext(name: string): void {
    this.refusals.add(name);
  }

  /** The calls of one function, in order. */
  callsOf(name: string): FakeVmixCall[] {
    return this.calls.filter((call) => call.name === name);
  }

  /** Open TCP connections, subscribed or not. */
  get connections(): number {
    return this.clients.size;
  }

  private freshState(): FakeVmixState {
    const xml = this.options.xml ?? readVmixCorpus(this.options.document ?? churchService);
    const state = new FakeVmixState(xml, this.options.now);
    if (this.options.inputs) state.addInputs(this.options.inputs);
    for (const [key, title] of Object.entries(this.options.titles ?? {})) {
      state.setTitle(key, title);
    }
    return state;
  }

  private accept(socket: net.Socket): void {
    const client: Client = { socket, subscriptions: new Set(), writing: Promise.resolve() };
    this.clients.add(client);
    socket.setNoDelay(true);
    socket.on("error", () => undefined);
    socket.on("close", () => this.clients.delete(client));
    const version = this.state.xml().match(/<version>([^<]*)<\/version>/)?.[1] ?? "25.0.0.29";
    this.send(client, `VERSION OK ${version}\r\n`);

    let pending = "";
    socket.on("data", (chunk) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) this.command(client, line.replace(/\r$/, ""));
    });
  }

  private command(client: Client, line: string): void {
    const [word = "", ...rest] = line.split(" ");
    const argument = rest.join(" ");
    switch (word.toUpperCase()) {
      case "FUNCTION":
        return this.tcpFunction(client, argument);
      case "XML":
        return this.sendData(client, "XML", this.state.xml());
      case "TALLY":
        return this.send(client, `TALLY OK ${this.state.tally()}\r\n`);
      case "SUBSCRIBE":
        client.subscriptions.add(argument.toUpperCase());
        return this.send(client, `SUBSCRIBE OK ${argument}\r\n`);
      case "UNSUBSCRIBE":
        client.subscriptions.delete(argument.toUpperCase());
        return this.send(client, `UNSUBSCRIBE OK ${argument}\r\n`);
      case "PING":
        return this.send(client, "PING OK PONG\r\n");
      case "QUIT":
        this.send(client, "QUIT OK Bye\r\n");
        void client.writing.then(() => client.socket.end());
        return;
      default:
        return this.send(client, `${word} ER Unknown command\r\n`);
    }
  }

  private tcpFunction(client: Client, argument: string): void {
    const space = argument.indexOf(" ");
    const name = space < 0 ? argument : argument.slice(0, space);
    const query = space < 0 ? "" : argument.slice(space + 1);
    const error = this.run("tcp", name, new URLSearchParams(query));
    this.send(client, error ? `FUNCTION ER ${error}\r\n` : "FUNCTION OK Completed\r\n");
    if (!error) this.notify(name);
  }

  private serveHttp(request: http.IncomingMessage, response: http.ServerResponse): void {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/api/" && url.pathname !== "/api") {
      response.writeHead(404).end();
      return;
    }
    const name = url.searchParams.get("Function");
    if (name === null) {
      response.writeHead(200, { "content-type": "text/xml; charset=utf-8" });
      response.end(this.state.xml());
      return;
    }
    url.searchParams.delete("Function");
    const error = this.run("http", name, url.searchParams);
    response.writeHead(error ? 500 : 200, { "content-type": "text/plain; charset=utf-8" });
    response.end(error ?? "Function completed successfully.");
    if (!error) this.notify(name);
  }

  /** Records and applies a function; returns vMix's error text, or undefined when it ran. */
  private run(api: "http" | "tcp", name: string, query: URLSearchParams): string | undefined {
    const params = Object.fromEntries(query.entries());
    this.calls.push({ api, name, params });
    if (this.refusals.delete(name)) return "Refused by the test";

    return applyFunction(this, name, params);
  }

  private notify(name: string): void {
    const tally = `TALLY OK ${this.state.tally()}\r\n`;
    for (const client of this.clients) {
      if (client.subscriptions.has("TALLY")) this.send(client, tally);
      if (client.subscriptions.has("ACTS")) this.send(client, actsLine(this, name));
    }
  }

  private sendData(client: Client, command: string, payload: string): void {
    const body = Buffer.from(`${payload}\r\n`, "utf8");
    this.send(client, Buffer.concat([Buffer.from(`${command} ${body.length}\r\n`), body]));
  }

  private send(client: Client, reply: string | Buffer): void {
    const bytes = typeof reply === "string" ? Buffer.from(reply, "utf8") : reply;
    const drop = this.dropNext !== undefined && bytes.toString("latin1").startsWith(this.dropNext);
    if (drop) this.dropNext = undefined;
    client.writing = client.writing.then(() => this.write(client.socket, bytes, drop));
  }

  private async write(socket: net.Socket, bytes: Buffer, drop: boolean): Promise<void> {
    if (socket.destroyed) return;
    if (drop) {
      socket.write(bytes.subarray(0, Math.max(1, Math.floor(bytes.length / 2))));
      await pause();
      socket.destroy();
      return;
    }
    if (this.chunking === "whole") {
      socket.write(bytes);
      return;
    }
    for (let at = 0; at < bytes.length && !socket.destroyed;) {
      const size = this.chunking === "bytes" ? 1 : 1 + Math.floor(this.random() * 64);
      socket.write(bytes.subarray(at, at + size));
      at += size;
      await pause();
    }
  }
}

/** Applies a function to the fake's state the way vMix would; returns an error text or nothing. */
function applyFunction(
  fake: FakeVmix,
  name: string,
  params: Record<string, string>,
): string | undefined {
  const state = fake.state;
  const input = state.find(params["Input"]);
  const overlay = name.match(/^OverlayInput([1-8])(In|Out)?$/);
  if (params["Input"] !== undefined && !input) return "Input not found";
  if (overlay) {
    const channel = Number(overlay[1]);
    const showing = state.overlay(channel);
    const on = overlay[2] === "In" || (overlay[2] === undefined && showing === undefined);
    if (on && !input) return "Input not found";
    return state.setOverlay(channel, on ? input?.number : undefined) ? undefined : "No overlay";
  }
  switch (name) {
    case "SetText":
      if (!input) return "Input not found";
      return state.setText(input.key, params["SelectedName"], params["Value"] ?? "")
        ? undefined
        : "Field not found";
    case "PreviewInput":
      if (!input) return "Input not found";
      state.setNumber("preview", input.number);
      return undefined;
    case "CutDirect":
      if (!input) return "Input not found";
      state.setNumber("active", input.number);
      return undefined;
    case "Cut":
    case "Fade":
      return take(state, input?.number);
    case "StartRecording":
    case "StopRecording":
      state.setOutput("recording", name === "StartRecording");
      return undefined;
    case "StartStreaming":
    case "StopStreaming":
      state.setOutput("streaming", name === "StartStreaming");
      return undefined;
    case "NDISelectSourceByName":
      if (!input) return "Input not found";
      fake.ndiSources.set(input.key, params["Value"] ?? "");
      return undefined;
    default:
      return undefined;
  }
}

/** Cut and Fade: the given input to program, else preview and program swap. */
function take(state: FakeVmixState, inputNumber: number | undefined): undefined {
  const active = state.numberOf("active");
  const next = inputNumber ?? state.numberOf("preview");
  if (next === undefined) return undefined;
  state.setNumber("active", next);
  if (inputNumber === undefined && active !== undefined) state.setNumber("preview", active);
  return undefined;
}

function actsLine(fake: FakeVmix, name: string): string {
  const active = fake.state.numberOf("active") ?? 0;
  if (/Recording$/.test(name))
    return `ACTS OK Recording ${fake.state.output("recording") ? 1 : 0}\r\n`;
  if (/Streaming$/.test(name))
    return `ACTS OK Streaming ${fake.state.output("streaming") ? 1 : 0}\r\n`;
  const overlay = name.match(/^OverlayInput([1-8])/);
  if (overlay) {
    const shown = fake.state.overlay(Number(overlay[1]));
    return `ACTS OK Overlay${overlay[1]} ${shown ?? 0} ${shown === undefined ? 0 : 1}\r\n`;
  }
  return `ACTS OK Input ${active} 1\r\n`;
}

function listen(server: net.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

function close(server: net.Server | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** A gap between packets, long enough for each to arrive as its own read. */
function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A small deterministic generator (mulberry32), so a chunking can be replayed from its seed. */
function seeded(seed: number): () => number {
  let value = seed >>> 0;
  return () => {
    value = (value + 0x6d2b79f5) >>> 0;
    let t = value;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
