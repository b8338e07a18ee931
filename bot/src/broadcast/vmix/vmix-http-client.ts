import { BroadcastUnavailable } from "../broadcast-port";
import { VmixFunctionError, VmixProtocolError } from "./vmix-errors";
import { type VmixFunctionCall, vmixQuery } from "./vmix-function";

export interface VmixHttpClientOptions {
  host: string;
  port: number;
  /** Web Controller login (vMix 23+), sent as basic authentication. */
  username?: string;
  password?: string;
  timeoutMs?: number;
}

/**
 * The vMix HTTP API (Web Controller port, 8088): `GET /api/?Function=…` runs a function,
 * `GET /api/` returns the XML state. vMix answers 200 when the function ran and 500 when it did
 * not; the body is not read for the outcome. An unreachable vMix is BroadcastUnavailable.
 */
export class VmixHttpClient {
  private readonly base: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;

  constructor(options: VmixHttpClientOptions) {
    const host = options.host.includes(":") ? `[${options.host}]` : options.host;
    this.base = `http://${host}:${options.port}/api/`;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.headers = {};
    if (options.username !== undefined) {
      const login = `${options.username}:${options.password ?? ""}`;
      this.headers["authorization"] = `Basic ${Buffer.from(login, "utf8").toString("base64")}`;
    }
  }

  /** Runs one function; resolves on 200, throws VmixFunctionError on 500. */
  async call(call: VmixFunctionCall): Promise<void> {
    const query = vmixQuery(call);
    const response = await this.get(`?Function=${call.name}${query ? `&${query}` : ""}`);
    if (response.status === 500) throw new VmixFunctionError(call.name, "HTTP 500");
    this.expectOk(response.status);
  }

  /** The whole XML state document. */
  async xml(): Promise<string> {
    const response = await this.get("");
    this.expectOk(response.status);
    return response.body;
  }

  /** The status and the whole body, both read within the timeout. */
  private async get(query: string): Promise<{ status: number; body: string }> {
    try {
      const response = await fetch(`${this.base}${query}`, {
        headers: this.headers,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      const reason = (error as Error).name === "TimeoutError" ? "no answer in time" : "unreachable";
      throw new BroadcastUnavailable("vmix", `vMix HTTP ${this.base}: ${reason}`);
    }
  }

  private expectOk(status: number): void {
    if (status === 401 || status === 403) {
      throw new VmixProtocolError(`vMix HTTP refused the Web Controller login (${status})`);
    }
    if (status < 200 || status > 299) throw new VmixProtocolError(`vMix HTTP answered ${status}`);
  }
}
