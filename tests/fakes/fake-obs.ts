import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import type { WebSocket } from "ws";

/*
 * A local stand-in for OBS Studio's obs-websocket v5 server, for tests: the JSON subprotocol,
 * the Hello / Identify / Identified handshake with the salted SHA-256 challenge, the requests
 * the broadcast adapter uses, a few events, and a record of every request. It can go down
 * (every client dropped, the port closed) and come back on the same port.
 */

/** Request status codes of obs-websocket v5 that the fake answers with. */
export const ObsStatus = {
  success: 100,
  unknownRequestType: 204,
  missingRequestField: 300,
  outputRunning: 500,
  outputNotRunning: 501,
  studioModeNotActive: 506,
  resourceNotFound: 600,
} as const;

/** WebSocket close codes of obs-websocket v5. */
export const ObsCloseCode = { notIdentified: 4007, authenticationFailed: 4009 } as const;

export interface FakeObsScene {
  name: string;
  /** Sources placed in the scene, each a scene item that can be shown or hidden. */
  items?: { source: string; enabled?: boolean }[];
}

export interface FakeObsOptions {
  /** With a password the Hello carries an authentication challenge. */
  password?: string;
  scenes: FakeObsScene[];
  /** Inputs (text sources among them) by name. */
  inputs: string[];
  studioMode?: boolean;
  /** Whether it answers CreateRecordChapter (obs-websocket 5.5 with Hybrid MP4). */
  chapters?: boolean;
}

/** A request as it arrived after the handshake. */
export interface ObsRequestRecord {
  requestType: string;
  requestData?: Record<string, unknown>;
}

interface Client {
  socket: WebSocket;
  identified: boolean;
  challenge?: string;
}

type Reply = { code: number; comment?: string; data?: Record<string, unknown> };

export class FakeObs {
  /** Every request of every client, in arrival order. */
  readonly requests: ObsRequestRecord[] = [];
  /** Successful identifications so far: one per (re)connect. */
  identifications = 0;
  /** Failed logins so far. */
  authFailures = 0;
  programScene: string;
  previewScene: string;
  readonly inputText = new Map<string, string>();
  readonly recording = { active: false, startedAt: 0 };
  readonly streaming = { active: false, startedAt: 0 };
  readonly recordChapters: string[] = [];
  private readonly clients = new Set<Client>();
  private readonly stalled = new Set<string>();
  private readonly salt = randomBytes(12).toString("base64");
  private readonly itemIds = new Map<string, number>();
  private readonly enabled = new Map<number, boolean>();
  private http: http.Server;
  private wss: WebSocketServer;
  private port = 0;

  private constructor(private readonly options: FakeObsOptions) {
    this.programScene = options.scenes[0]?.name ?? "";
    this.previewScene = this.programScene;
    let next = 1;
    for (const scene of options.scenes) {
      for (const item of scene.items ?? []) {
        const id = next++;
        this.itemIds.set(`${scene.name}\u0000${item.source}`, id);
        this.enabled.set(id, item.enabled ?? false);
      }
    }
    ({ http: this.http, wss: this.wss } = this.createServer());
  }

  /** Starts a fake OBS on 127.0.0.1 on a free port. */
  static async start(options: FakeObsOptions): Promise<FakeObs> {
    const fake = new FakeObs(options);
    await fake.listen();
    return fake;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Whether the scene item of `source` in `scene` is shown. */
  itemEnabled(scene: string, source: string): boolean | undefined {
    const id = this.itemIds.get(`${scene}\u0000${source}`);
    return id === undefined ? undefined : this.enabled.get(id);
  }

  /** Requests of one type, for assertions. */
  requestsOf(requestType: string): ObsRequestRecord[] {
    return this.requests.filter((r) => r.requestType === requestType);
  }

  /** Requests of this type are recorded but never answered, as a hung OBS would. */
  stall(requestType: string): void {
    this.stalled.add(requestType);
  }

  /** OBS goes away: every client is dropped and the port stops listening. */
  async goDown(): Promise<void> {
    for (const client of this.clients) client.socket.terminate();
    this.clients.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** OBS is back on the same port. */
  async comeBack(): Promise<void> {
    ({ http: this.http, wss: this.wss } = this.createServer());
    await this.listen(this.port);
  }

  async close(): Promise<void> {
    if (this.http.listening) await this.goDown();
  }

  private createServer(): { http: http.Server; wss: WebSocketServer } {
    const server = http.createServer((_req, res) => res.writeHead(426).end());
    const wss = new WebSocketServer({
      server,
      handleProtocols: (protocols) =>
        protocols.has("obswebsocket.json") ? "obswebsocket.json" : false,
    });
    wss.on("connection", (socket) => this.accept(socket));
    return { http: server, wss };
  }

  private listen(port = 0): Promise<void> {
    return new Promise((resolve) => {
      this.http.listen(port, "127.0.0.1", () => {
        this.port = (this.http.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private accept(socket: WebSocket): void {
    const client: Client = { socket, identified: false };
    this.clients.add(client);
    socket.on("close", () => this.clients.delete(client));
    socket.on("message", (data) => this.receive(client, String(data)));
    const authentication = this.options.password
      ? { challenge: (client.challenge = randomBytes(12).toString("base64")), salt: this.salt }
      : undefined;
    send(socket, 0, {
      obsWebSocketVersion: "5.5.0",
      rpcVersion: 1,
      ...(authentication ? { authentication } : {}),
    });
  }

  private receive(client: Client, raw: string): void {
    const message = JSON.parse(raw) as { op: number; d: Record<string, unknown> };
    if (message.op === 1) return this.identify(client, message.d);
    if (!client.identified)
      return client.socket.close(ObsCloseCode.notIdentified, "Not identified");
    if (message.op !== 6) return;

    const { requestType, requestId, requestData } = message.d as {
      requestType: string;
      requestId: string;
      requestData?: Record<string, unknown>;
    };
    this.requests.push({ requestType, ...(requestData ? { requestData } : {}) });
    if (this.stalled.delete(requestType)) return;
    const reply = this.handle(requestType, requestData ?? {});
    send(client.socket, 7, {
      requestType,
      requestId,
      requestStatus: {
        result: reply.code === ObsStatus.success,
        code: reply.code,
        ...(reply.comment ? { comment: reply.comment } : {}),
      },
      ...(reply.data ? { responseData: reply.data } : {}),
    });
  }

  private identify(client: Client, data: Record<string, unknown>): void {
    if (this.options.password) {
      const expected = authString(this.options.password, this.salt, client.challenge ?? "");
      if (data.authentication !== expected) {
        this.authFailures++;
        return client.socket.close(ObsCloseCode.authenticationFailed, "Authentication failed.");
      }
    }
    client.identified = true;
    this.identifications++;
    send(client.socket, 2, { negotiatedRpcVersion: 1 });
  }

  private handle(type: string, data: Record<string, unknown>): Reply {
    const ok = (payload?: Record<string, unknown>): Reply => ({
      code: ObsStatus.success,
      ...(payload ? { data: payload } : {}),
    });
    const missing = (what: string): Reply => ({
      code: ObsStatus.resourceNotFound,
      comment: `No source was found by the name of \`${what}\`.`,
    });
    const sceneNames = this.options.scenes.map((s) => s.name);
    switch (type) {
      case "GetVersion":
        return ok({
          obsVersion: "30.2.0",
          obsWebSocketVersion: "5.5.0",
          rpcVersion: 1,
          availableRequests: AVAILABLE.filter(
            (r) => r !== "CreateRecordChapter" || this.options.chapters,
          ),
        });
      case "GetSceneList":
        return ok({
          currentProgramSceneName: this.programScene,
          currentPreviewSceneName: this.options.studioMode ? this.previewScene : null,
          scenes: sceneNames.map((sceneName, sceneIndex) => ({ sceneName, sceneIndex })),
        });
      case "GetInputList":
        return ok({ inputs: this.options.inputs.map((inputName) => ({ inputName })) });
      case "GetStudioModeEnabled":
        return ok({ studioModeEnabled: Boolean(this.options.studioMode) });
      case "GetCurrentProgramScene":
        return ok({ currentProgramSceneName: this.programScene, sceneName: this.programScene });
      case "SetCurrentProgramScene": {
        const scene = String(data.sceneName);
        if (!sceneNames.includes(scene)) return missing(scene);
        this.programScene = scene;
        this.broadcast("CurrentProgramSceneChanged", { sceneName: scene });
        return ok();
      }
      case "SetCurrentPreviewScene": {
        const scene = String(data.sceneName);
        if (!this.options.studioMode) return { code: ObsStatus.studioModeNotActive };
        if (!sceneNames.includes(scene)) return missing(scene);
        this.previewScene = scene;
        return ok();
      }
      case "TriggerStudioModeTransition": {
        if (!this.options.studioMode) return { code: ObsStatus.studioModeNotActive };
        [this.programScene, this.previewScene] = [this.previewScene, this.programScene];
        this.broadcast("CurrentProgramSceneChanged", { sceneName: this.programScene });
        return ok();
      }
      case "GetSceneItemList": {
        const scene = this.options.scenes.find((s) => s.name === data.sceneName);
        if (!scene) return missing(String(data.sceneName));
        const sceneItems = (scene.items ?? []).map((item) => {
          const sceneItemId = this.itemIds.get(`${scene.name}\u0000${item.source}`) as number;
          return {
            sceneItemId,
            sourceName: item.source,
            sceneItemEnabled: this.enabled.get(sceneItemId),
          };
        });
        return ok({ sceneItems });
      }
      case "GetSceneItemId": {
        const id = this.itemIds.get(`${String(data.sceneName)}\u0000${String(data.sourceName)}`);
        return id === undefined ? missing(String(data.sourceName)) : ok({ sceneItemId: id });
      }
      case "SetSceneItemEnabled": {
        const id = Number(data.sceneItemId);
        if (!this.enabled.has(id)) return missing(String(id));
        this.enabled.set(id, Boolean(data.sceneItemEnabled));
        return ok();
      }
      case "SetInputSettings": {
        const name = String(data.inputName);
        if (!this.options.inputs.includes(name)) return missing(name);
        const settings = (data.inputSettings ?? {}) as { text?: unknown };
        if (typeof settings.text === "string") this.inputText.set(name, settings.text);
        return ok();
      }
      case "StartRecord":
        return this.startOutput(this.recording, "RecordStateChanged");
      case "StopRecord":
        return this.stopOutput(this.recording, "RecordStateChanged", {
          outputPath: "/zaznamy/zasedani.mp4",
        });
      case "StartStream":
        return this.startOutput(this.streaming, "StreamStateChanged");
      case "StopStream":
        return this.stopOutput(this.streaming, "StreamStateChanged");
      case "GetRecordStatus":
        return ok(outputStatus(this.recording));
      case "GetStreamStatus":
        return ok(outputStatus(this.streaming));
      case "CreateRecordChapter":
        if (!this.options.chapters) return { code: ObsStatus.unknownRequestType };
        if (!this.recording.active) return { code: ObsStatus.outputNotRunning };
        this.recordChapters.push(String(data.chapterName ?? ""));
        return ok();
      default:
        return { code: ObsStatus.unknownRequestType, comment: `unknown request ${type}` };
    }
  }

  private startOutput(output: { active: boolean; startedAt: number }, event: string): Reply {
    if (output.active) return { code: ObsStatus.outputRunning };
    output.active = true;
    output.startedAt = Date.now();
    this.broadcast(event, { outputActive: true, outputState: "OBS_WEBSOCKET_OUTPUT_STARTED" });
    return { code: ObsStatus.success };
  }

  private stopOutput(
    output: { active: boolean },
    event: string,
    data?: Record<string, unknown>,
  ): Reply {
    if (!output.active) return { code: ObsStatus.outputNotRunning };
    output.active = false;
    this.broadcast(event, { outputActive: false, outputState: "OBS_WEBSOCKET_OUTPUT_STOPPED" });
    return { code: ObsStatus.success, ...(data ? { data } : {}) };
  }

  private broadcast(eventType: string, eventData: Record<string, unknown>): void {
    for (const client of this.clients) {
      if (client.identified) send(client.socket, 5, { eventType, eventIntent: 1, eventData });
    }
  }
}

const AVAILABLE = [
  "GetVersion",
  "GetSceneList",
  "GetInputList",
  "GetStudioModeEnabled",
  "GetCurrentProgramScene",
  "SetCurrentProgramScene",
  "SetCurrentPreviewScene",
  "TriggerStudioModeTransition",
  "GetSceneItemList",
  "GetSceneItemId",
  "SetSceneItemEnabled",
  "SetInputSettings",
  "StartRecord",
  "StopRecord",
  "StartStream",
  "StopStream",
  "GetRecordStatus",
  "GetStreamStatus",
  "CreateRecordChapter",
];

/** base64(sha256(base64(sha256(password + salt)) + challenge)), as obs-websocket checks it. */
export function authString(password: string, salt: string, challenge: string): string {
  const sha = (text: string) => createHash("sha256").update(text).digest("base64");
  return sha(sha(password + salt) + challenge);
}

function outputStatus(output: { active: boolean; startedAt: number }): Record<string, unknown> {
  const ms = output.active ? Date.now() - output.startedAt : 0;
  return {
    outputActive: output.active,
    outputPaused: false,
    outputReconnecting: false,
    outputDuration: ms,
    outputTimecode: new Date(ms).toISOString().slice(11, 23),
    outputBytes: ms * 100,
  };
}

function send(socket: WebSocket, op: number, d: Record<string, unknown>): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ op, d }));
}
