import { VmixProtocolError } from "./vmix-errors";

/**
 * One reply of the vMix TCP API: a line `COMMAND STATUS message`, where STATUS is OK, ER or a
 * byte length; with a byte length, that many bytes of payload follow the line.
 */
export interface VmixReply {
  command: string;
  status: "OK" | "ER" | "DATA";
  /** The rest of the line: `Completed`, `0121` for TALLY, `PONG`, the error text. */
  message: string;
  /** With a byte length: the payload decoded as UTF-8, without its trailing CRLF. */
  payload?: string;
}

const newline = 0x0a;

/**
 * Cuts a TCP byte stream into vMix replies. Bytes, not characters: a Czech name in a title makes
 * the payload longer in bytes than in characters, and a packet may end anywhere, even inside a
 * multi-byte character, or hold several replies.
 */
export class VmixReplyReader {
  private chunks: Buffer[] = [];
  private size = 0;
  private scanned = 0;
  private pending?: { command: string; message: string; length: number };

  constructor(private readonly maxPayloadBytes = 32 * 1024 * 1024) {}

  /** Feeds the bytes just received; returns every reply they complete, in order. */
  push(chunk: Buffer): VmixReply[] {
    this.chunks.push(chunk);
    this.size += chunk.length;
    const replies: VmixReply[] = [];
    for (;;) {
      const reply = this.pending ? this.readPayload() : this.readHeader();
      if (reply === undefined) return replies;
      if (reply !== null) replies.push(reply);
    }
  }

  /** Forgets a half-read reply, after the socket closed. */
  reset(): void {
    this.chunks = [];
    this.size = 0;
    this.scanned = 0;
    this.pending = undefined;
  }

  /** A reply, null when a header announced a payload still to come, undefined to wait. */
  private readHeader(): VmixReply | null | undefined {
    const bytes = this.flatten();
    const end = bytes.indexOf(newline, this.scanned);
    if (end < 0) {
      this.scanned = bytes.length;
      return undefined;
    }

    const line = bytes.subarray(0, end).toString("utf8").replace(/\r$/, "");
    this.consume(end + 1);
    if (line === "") return null;
    return this.parseHeader(line);
  }

  private parseHeader(line: string): VmixReply | null {
    const [command = "", status = "", ...rest] = line.split(" ");
    if (!/^[A-Z]+$/.test(command)) {
      throw new VmixProtocolError(`not a vMix TCP API reply: "${line.slice(0, 80)}"`);
    }
    const message = rest.join(" ");
    if (status === "OK" || status === "ER") return { command, status, message };
    if (!/^\d+$/.test(status)) {
      throw new VmixProtocolError(`unknown status in vMix reply: "${line.slice(0, 80)}"`);
    }

    const length = Number(status);
    if (length > this.maxPayloadBytes) {
      throw new VmixProtocolError(`vMix announced ${length} bytes, more than the limit`);
    }
    this.pending = { command, message, length };
    return null;
  }

  private readPayload(): VmixReply | undefined {
    const pending = this.pending;
    if (!pending || this.size < pending.length) return undefined;

    const bytes = this.flatten();
    const payload = bytes
      .subarray(0, pending.length)
      .toString("utf8")
      .replace(/\r?\n$/, "");
    this.consume(pending.length);
    this.pending = undefined;
    return { command: pending.command, status: "DATA", message: pending.message, payload };
  }

  /** Joins the received chunks only when a reply can be read from them, to keep it linear. */
  private flatten(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private consume(count: number): void {
    const rest = this.flatten().subarray(count);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    this.scanned = 0;
  }
}
