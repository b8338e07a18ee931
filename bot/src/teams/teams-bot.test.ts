import type { Activity } from "botbuilder";
import { TestAdapter } from "botbuilder";
import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import pino from "pino";
import { LocalConnector } from "./local-connector";
import { MemoryBindingStore } from "../store";
import type { ResolveSession, TeamsChat } from "./teams-chat";
import { CouncilTeamsBot, createBotEndpoint } from "./teams-bot";

const logger = pino({ level: "silent" });
const fixtures = join(__dirname, "../../../tests/support/fixtures/teams");
const bot = { id: "28:council-bot", name: "Council Live" };
const meetingChat = {
  id: "19:meeting_MWJlNGViOTgtMGExYi00NDA3@thread.v2",
  isGroup: true,
  tenantId: "tenant-1",
};
const meetingData = { tenant: { id: "tenant-1" }, meeting: { id: "MCMxOTpt" } };
const clock = () => Date.parse("2025-03-12T16:30:00Z");

function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(fixtures, name), "utf8")) as Record<string, unknown>;
}

function setUp(resolveSession: ResolveSession = () => "s1") {
  const bindings = new MemoryBindingStore();
  const teamsBot = new CouncilTeamsBot({ bindings, resolveSession, logger, now: clock });
  const adapter = new TestAdapter(async (context) => teamsBot.run(context));
  return { bindings, adapter };
}

function membersUpdate(change: Partial<Activity>): Partial<Activity> {
  return {
    type: "conversationUpdate",
    channelId: "msteams",
    recipient: bot,
    from: { id: "29:organizer", name: "Organizer" },
    conversation: meetingChat as Activity["conversation"],
    channelData: meetingData,
    ...change,
  };
}

function mention(text: string, locale?: string): Partial<Activity> {
  return {
    type: "message",
    channelId: "msteams",
    text: `<at>Council Live</at> ${text}`,
    locale,
    recipient: bot,
    from: { id: "29:member", name: "Petr Dvořák" },
    conversation: meetingChat as Activity["conversation"],
    channelData: meetingData,
    entities: [{ type: "mention", mentioned: bot, text: "<at>Council Live</at>" }],
  };
}

describe("CouncilTeamsBot", () => {
  it("binds a meeting chat to the session when the bot is added, keeping the reference", async () => {
    const seen: TeamsChat[] = [];
    const { bindings, adapter } = setUp((chat) => {
      seen.push(chat);
      return "s1";
    });

    await adapter.processActivity(membersUpdate({ membersAdded: [bot] }));

    expect(await bindings.forConversation(meetingChat.id)).toMatchObject({
      sessionId: "s1",
      boundAt: "2025-03-12T16:30:00.000Z",
      reference: {
        conversation: { id: meetingChat.id },
        bot: { id: bot.id },
        channelId: "msteams",
      },
    });
    expect(seen).toEqual([
      expect.objectContaining({
        conversationId: meetingChat.id,
        meetingId: "MCMxOTpt",
        tenantId: "tenant-1",
      }),
    ]);
  });

  it("leaves the chat unbound when no session fits", async () => {
    const { bindings, adapter } = setUp(() => undefined);

    await adapter.processActivity(membersUpdate({ membersAdded: [bot] }));

    expect(await bindings.forConversation(meetingChat.id)).toBeUndefined();
  });

  it("keeps an existing binding when someone else joins the chat", async () => {
    let session = "s1";
    const { bindings, adapter } = setUp(() => session);
    await adapter.processActivity(membersUpdate({ membersAdded: [bot] }));

    session = "s2";
    await adapter.processActivity(
      membersUpdate({ membersAdded: [{ id: "29:newcomer", name: "Host" }] }),
    );

    expect(await bindings.forConversation(meetingChat.id)).toMatchObject({ sessionId: "s1" });
  });

  it("unbinds the chat when the bot is removed, and only then", async () => {
    const { bindings, adapter } = setUp();
    await adapter.processActivity(membersUpdate({ membersAdded: [bot] }));

    await adapter.processActivity(
      membersUpdate({ membersRemoved: [{ id: "29:organizer", name: "x" }] }),
    );
    const afterUser = await bindings.forConversation(meetingChat.id);
    await adapter.processActivity(membersUpdate({ membersRemoved: [bot] }));

    expect(afterUser).toBeDefined();
    expect(await bindings.forConversation(meetingChat.id)).toBeUndefined();
  });

  it("never binds a one-to-one chat", async () => {
    const { bindings, adapter } = setUp();
    const personal = { id: "a:1on1", conversationType: "personal" } as Activity["conversation"];

    await adapter.processActivity(
      membersUpdate({ membersAdded: [bot], conversation: personal, channelData: {} }),
    );

    expect(await bindings.forConversation("a:1on1")).toBeUndefined();
  });

  it("answers an @mention asking for help in English", async () => {
    const { adapter } = setUp();
    await adapter.processActivity(membersUpdate({ membersAdded: [bot] }));

    await adapter
      .send(mention("help"))
      .assertReply((reply) => {
        expect(reply.text).toContain("I am Council Live.");
        expect(reply.text).toContain("This chat follows a council session.");
      })
      .startTest();
  });

  it("answers in Czech to 'nápověda' and by default, and says when the chat is unbound", async () => {
    const { adapter } = setUp(() => undefined);

    await adapter
      .send(mention("nápověda", "en-US"))
      .assertReply((reply) =>
        expect(reply.text).toContain("Tento chat zatím nesleduje žádné zasedání"),
      )
      .send(mention("co tu děláš?"))
      .assertReply((reply) => expect(reply.text).toContain("Jsem Council Live."))
      .startTest();
  });

  it("stays silent on group messages that do not mention it", async () => {
    const { adapter } = setUp();
    const plain = { ...mention("help"), text: "help", entities: [] };

    await adapter.send(plain).assertNoReply().startTest();
  });
});

describe("createBotEndpoint over plain Node http", () => {
  let connector: LocalConnector;

  beforeEach(async () => {
    connector = await LocalConnector.start();
  });

  afterEach(async () => {
    await connector.stop();
  });

  /** Serves the endpoint the way the service mounts it: JSON parsed first, then handle(). */
  async function serve(endpoint: ReturnType<typeof createBotEndpoint>) {
    const server = createServer(async (req, res) => {
      const body = JSON.parse(await readBody(req)) as unknown;
      await endpoint.handle(Object.assign(req, { body }), res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const post = (activity: unknown) =>
      fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      });
    const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    return { post, close };
  }

  it("binds the meeting chat from Teams' real 'user added to meeting' payload", async () => {
    const bindings = new MemoryBindingStore();
    const endpoint = createBotEndpoint({
      bindings,
      resolveSession: () => "s1",
      logger,
      now: clock,
    });
    const http = await serve(endpoint);
    const payload = fixture("conversation-update-user-added-to-meeting.json");

    const response = await http.post(payload);
    await http.close();

    expect(response.status).toBe(200);
    const binding = await bindings.forConversation(
      "19:meeting_MWJlNGViOTgtMGExYi00NDA3LWExODgtOTZhMWNlYjM4ZTRj@thread.v2",
    );
    expect(binding).toMatchObject({
      sessionId: "s1",
      reference: {
        serviceUrl: "https://canary.botapi.skype.com/amer/",
        bot: { id: "28:3af3604a-d4fc-486b-911e-86fab41aa91c" },
      },
    });
  });

  it("binds from the same payload with the bot as the added member", async () => {
    const bindings = new MemoryBindingStore();
    const endpoint = createBotEndpoint({ bindings, resolveSession: () => "s7", logger });
    const http = await serve(endpoint);
    const payload = fixture("conversation-update-user-added-to-meeting.json");
    const recipient = payload.recipient as { id: string };

    const response = await http.post({ ...payload, membersAdded: [{ id: recipient.id }] });
    await http.close();

    expect(response.status).toBe(200);
    expect(
      await bindings.forConversation((payload.conversation as { id: string }).id),
    ).toMatchObject({
      sessionId: "s7",
    });
  });

  it("replies to the SDK's @mention payload through the connector at its serviceUrl", async () => {
    const bindings = new MemoryBindingStore();
    const endpoint = createBotEndpoint({ bindings, resolveSession: () => undefined, logger });
    const http = await serve(endpoint);
    const payload = { ...fixture("message-mention.json"), serviceUrl: connector.serviceUrl };

    const response = await http.post(payload);
    await http.close();

    expect(response.status).toBe(200);
    expect(connector.calls).toEqual([
      expect.objectContaining({ method: "POST", path: "/v3/conversations/1/activities/1" }),
    ]);
    expect(connector.calls[0]!.body).toMatchObject({
      text: expect.stringContaining("Jsem Council Live."),
    });
  });

  it("answers 400 to a body that is not an activity", async () => {
    const endpoint = createBotEndpoint({
      bindings: new MemoryBindingStore(),
      resolveSession: () => "s1",
      logger,
    });
    const http = await serve(endpoint);

    const response = await http.post({ hello: "world" });
    await http.close();

    expect(response.status).toBe(400);
  });
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
