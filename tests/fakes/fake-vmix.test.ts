import net from "node:net";
import { type VmixReply, VmixReplyReader } from "../../bot/src/broadcast/vmix/vmix-reply-reader";
import { churchService, readVmixCorpus } from "./fake-vmix-corpus";
import { FakeVmix } from "./fake-vmix";

const donate = "6b05afab-a3ca-4876-bb3b-7e7a13c266f8";
const camera = "531282b2-705f-4f01-93de-97928ef125d6";

/** A raw TCP client that collects replies, to test the fake without the adapter's client. */
async function rawClient(port: number) {
  const socket = net.connect({ host: "127.0.0.1", port });
  const reader = new VmixReplyReader();
  const replies: VmixReply[] = [];
  const waiters: (() => void)[] = [];
  socket.on("data", (chunk) => {
    replies.push(...reader.push(chunk));
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise((resolve) => socket.once("connect", resolve));
  return {
    socket,
    send: (line: string) => socket.write(`${line}\r\n`),
    async next(): Promise<VmixReply> {
      while (replies.length === 0) await new Promise<void>((wake) => waiters.push(wake));
      return replies.shift() as VmixReply;
    },
  };
}

describe("FakeVmix", () => {
  let fake: FakeVmix;

  afterEach(async () => {
    await fake.stop();
  });

  it("serves the corpus document over HTTP as vMix wrote it, bare ampersand included", async () => {
    fake = await FakeVmix.start();

    const body = await (await fetch(`http://127.0.0.1:${fake.httpPort}/api/`)).text();

    expect(body).toBe(readVmixCorpus(churchService));
    expect(body).toContain('title="PTZ - 2 J & C WIDE"');
  });

  it("runs an HTTP function, records its decoded parameters and changes the title", async () => {
    fake = await FakeVmix.start();
    const query = new URLSearchParams({
      Function: "SetText",
      Input: donate,
      SelectedName: "Headline.Text",
      Value: "ODS & TOP 09",
    });

    const response = await fetch(`http://127.0.0.1:${fake.httpPort}/api/?${query}`);

    expect(response.status).toBe(200);
    expect(fake.calls).toEqual([
      {
        api: "http",
        name: "SetText",
        params: { Input: donate, SelectedName: "Headline.Text", Value: "ODS & TOP 09" },
      },
    ]);
    expect(fake.state.text(donate, "Headline.Text")).toBe("ODS & TOP 09");
  });

  it("answers 500 for an unknown input", async () => {
    fake = await FakeVmix.start();

    const response = await fetch(
      `http://127.0.0.1:${fake.httpPort}/api/?Function=CutDirect&Input=nope`,
    );

    expect(response.status).toBe(500);
  });

  it("greets on TCP and sends the XML counted in bytes, Czech titles included", async () => {
    fake = await FakeVmix.start({ titles: { [camera]: "Kamera předsedající – Jiří Šťastný" } });
    const client = await rawClient(fake.tcpPort);

    expect((await client.next()).message).toBe("25.0.0.29");
    client.send("XML");
    const xml = await client.next();

    expect(xml.status).toBe("DATA");
    expect(xml.payload).toContain('title="Kamera předsedající – Jiří Šťastný"');
    expect(xml.payload).toBe(fake.state.xml());
    client.socket.destroy();
  });

  it("pushes the tally to a subscriber when a function changes the program", async () => {
    fake = await FakeVmix.start({ chunking: "random", seed: 7 });
    const subscriber = await rawClient(fake.tcpPort);
    const requester = await rawClient(fake.tcpPort);
    await subscriber.next();
    await requester.next();
    subscriber.send("SUBSCRIBE TALLY");
    expect((await subscriber.next()).command).toBe("SUBSCRIBE");

    requester.send(`FUNCTION CutDirect Input=${camera}`);

    expect(await requester.next()).toEqual({
      command: "FUNCTION",
      status: "OK",
      message: "Completed",
    });
    const tally = await subscriber.next();
    expect(tally.command).toBe("TALLY");
    expect(tally.message[11]).toBe("1");
    subscriber.socket.destroy();
    requester.socket.destroy();
  });

  it("counts the recording duration once recording starts", async () => {
    let now = 1_000_000;
    fake = await FakeVmix.start({ now: () => now });

    fake.state.setOutput("recording", true);
    now += 754_400;

    expect(fake.state.xml()).toMatch(
      /<recording duration="754" filename1="[^"]+">True<\/recording>/,
    );
  });

  it("comes back on the same ports after going down", async () => {
    fake = await FakeVmix.start();
    const { httpPort, tcpPort } = fake;

    await fake.stop();
    await expect(fetch(`http://127.0.0.1:${httpPort}/api/`)).rejects.toThrow();
    await fake.start();

    expect([fake.httpPort, fake.tcpPort]).toEqual([httpPort, tcpPort]);
    expect((await fetch(`http://127.0.0.1:${httpPort}/api/`)).status).toBe(200);
  });
});
