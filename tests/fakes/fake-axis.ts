import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/*
 * A local stand-in for an Axis PTZ camera's VAPIX PTZ CGI, for tests: HTTP digest
 * authentication (MD5, qop=auth) answered the way a camera does, `query=presetposall` and
 * `gotoserverpresetname`, and a record of every request.
 */

export interface FakeAxisOptions {
  username: string;
  password: string;
  /** Server presets by number, names as the camera stores them. */
  presets: string[];
}

/** One request as the camera saw it. */
export interface AxisCall {
  path: string;
  query: Record<string, string>;
  /** Whether the request carried valid digest credentials. */
  authorized: boolean;
}

const REALM = "AXIS_ACCC8E012345";

export class FakeAxis {
  readonly calls: AxisCall[] = [];
  /** Presets the camera moved to, in order. */
  readonly moves: string[] = [];
  private readonly nonces = new Set<string>();
  private readonly server: http.Server;

  private constructor(private readonly options: FakeAxisOptions) {
    this.server = http.createServer((req, res) => this.handle(req, res));
  }

  /** Starts a fake camera on 127.0.0.1 on a free port. */
  static async start(options: FakeAxisOptions): Promise<FakeAxis> {
    const fake = new FakeAxis(options);
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://camera");
    const query = Object.fromEntries(url.searchParams);
    const authorized = this.verify(req);
    this.calls.push({ path: url.pathname, query, authorized });
    if (!authorized) return this.challenge(res);
    if (url.pathname !== "/axis-cgi/com/ptz.cgi") return void res.writeHead(404).end();

    if (query.query === "presetposall") {
      const lines = this.options.presets.map((name, i) => `presetposno${i + 1}=${name}`);
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      return void res.end(`${lines.join("\r\n")}\r\n`);
    }
    const preset = query.gotoserverpresetname;
    if (preset !== undefined && this.options.presets.includes(preset)) {
      this.moves.push(preset);
      return void res.writeHead(204).end();
    }
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("Error: unknown preset or command\r\n");
  }

  private challenge(res: http.ServerResponse): void {
    const nonce = randomBytes(16).toString("hex");
    this.nonces.add(nonce);
    res.writeHead(401, {
      "www-authenticate": `Digest realm="${REALM}", nonce="${nonce}", algorithm=MD5, qop="auth"`,
      "content-type": "text/plain",
    });
    res.end("401 Unauthorized");
  }

  /** Checks an RFC 7616 digest (MD5, qop=auth) against the camera's one account. */
  private verify(req: http.IncomingMessage): boolean {
    const header = req.headers.authorization ?? "";
    if (!header.startsWith("Digest ")) return false;
    const p = Object.fromEntries(
      [...header.slice(7).matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)].map((m) => [
        m[1],
        m[2] ?? m[3],
      ]),
    ) as Record<string, string | undefined>;
    const { username, realm, nonce, uri, response, qop, nc, cnonce } = p;
    if (username !== this.options.username || realm !== REALM || !nonce) return false;
    if (!this.nonces.has(nonce) || uri !== req.url) return false;
    const md5 = (text: string) => createHash("md5").update(text).digest("hex");
    const ha1 = md5(`${username}:${REALM}:${this.options.password}`);
    const ha2 = md5(`${req.method ?? "GET"}:${uri}`);
    const expected = qop
      ? md5(`${ha1}:${nonce}:${nc ?? ""}:${cnonce ?? ""}:${qop}:${ha2}`)
      : md5(`${ha1}:${nonce}:${ha2}`);
    return response === expected;
  }
}
