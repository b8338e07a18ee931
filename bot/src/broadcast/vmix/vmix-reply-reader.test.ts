import fc from "fast-check";
import { VmixProtocolError } from "./vmix-errors";
import { type VmixReply, VmixReplyReader } from "./vmix-reply-reader";

function encode(reply: VmixReply): Buffer {
  if (reply.status !== "DATA") {
    return Buffer.from(`${reply.command} ${reply.status} ${reply.message}\r\n`, "utf8");
  }
  const payload = Buffer.from(`${reply.payload ?? ""}\r\n`, "utf8");
  return Buffer.concat([Buffer.from(`${reply.command} ${payload.length}\r\n`), payload]);
}

function readAll(reader: VmixReplyReader, chunks: Buffer[]): VmixReply[] {
  return chunks.flatMap((chunk) => reader.push(chunk));
}

function splitAt(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    parts.push(bytes.subarray(from, point));
    from = point;
  }
  return parts;
}

const czech = fc.constantFrom(
  "Ing. Jiří Šťastný",
  "ODS & TOP 09",
  "Příliš žluťoučký kůň úpěl ďábelské ódy",
  "Zastupitelstvo města Čerčany",
  "",
);
const text = fc.oneof(czech, fc.string({ unit: "binary", maxLength: 40 }));
const lineText = text.map((value) => value.replace(/[\r\n]/g, " "));
const reply: fc.Arbitrary<VmixReply> = fc.oneof(
  fc.record({
    command: fc.constantFrom("FUNCTION", "TALLY", "ACTS", "PING", "VERSION", "SUBSCRIBE"),
    status: fc.constantFrom("OK" as const, "ER" as const),
    message: lineText.filter((value) => value.trim() === value && value !== ""),
  }),
  fc.record({
    command: fc.constantFrom("XML", "XMLTEXT"),
    status: fc.constant("DATA" as const),
    message: fc.constant(""),
    payload: fc
      .array(text, { maxLength: 6 })
      .map((parts) => `<vmix><title>${parts.join("\r\n")}</title></vmix>`),
  }),
);

describe("VmixReplyReader", () => {
  it("gives the same replies for any split of a stream of several replies", () => {
    fc.assert(
      fc.property(
        fc.array(reply, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (replies, cuts) => {
          const stream = Buffer.concat(replies.map(encode));

          const read = readAll(new VmixReplyReader(), splitAt(stream, cuts));

          expect(read).toEqual(replies);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("counts the payload in bytes, not characters", () => {
    const payload = "<vmix><text>Ing. Jiří Šťastný</text></vmix>";
    const bytes = Buffer.byteLength(`${payload}\r\n`);
    expect(bytes).toBeGreaterThan(payload.length + 2);
    const stream = Buffer.from(`XML ${bytes}\r\n${payload}\r\nFUNCTION OK Completed\r\n`);

    const read = readAll(
      new VmixReplyReader(),
      [...stream].map((byte) => Buffer.from([byte])),
    );

    expect(read).toEqual([
      { command: "XML", status: "DATA", message: "", payload },
      { command: "FUNCTION", status: "OK", message: "Completed" },
    ]);
  });

  it("reads several replies from one packet", () => {
    const read = new VmixReplyReader().push(
      Buffer.from("VERSION OK 25.0.0.29\r\nTALLY OK 0121\r\nFUNCTION ER Input not found\r\n"),
    );

    expect(read.map((r) => `${r.command} ${r.status} ${r.message}`)).toEqual([
      "VERSION OK 25.0.0.29",
      "TALLY OK 0121",
      "FUNCTION ER Input not found",
    ]);
  });

  it("refuses an HTTP answer, the sign of the wrong port", () => {
    expect(() => new VmixReplyReader().push(Buffer.from("HTTP/1.0 400 Bad Request\r\n"))).toThrow(
      VmixProtocolError,
    );
  });

  it("refuses a payload larger than its limit", () => {
    expect(() => new VmixReplyReader(1000).push(Buffer.from("XML 5000\r\n"))).toThrow(
      /more than the limit/,
    );
  });

  it("starts clean after a reset in the middle of a payload", () => {
    const reader = new VmixReplyReader();
    reader.push(Buffer.from("XML 100\r\n<vmix>"));

    reader.reset();

    expect(reader.push(Buffer.from("PING OK PONG\r\n"))).toEqual([
      { command: "PING", status: "OK", message: "PONG" },
    ]);
  });
});
