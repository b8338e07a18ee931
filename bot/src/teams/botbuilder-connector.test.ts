import pino from "pino";
import { LocalConnector } from "./local-connector";
import { createCloudAdapter } from "./bot-credentials";
import { BotbuilderConnector } from "./botbuilder-connector";
import { ConnectorError } from "./chat-connector";

const logger = pino({ level: "silent" });
const activity = { type: "message", text: "Zasedání zahájeno" };

function referenceTo(serviceUrl: string) {
  return {
    channelId: "msteams",
    serviceUrl,
    conversation: { id: "19:meeting_x@thread.v2", isGroup: true },
    bot: { id: "28:council-bot" },
    user: { id: "29:clerk" },
  };
}

describe("BotbuilderConnector", () => {
  let connector: LocalConnector;
  const chat = () => new BotbuilderConnector(createCloudAdapter({}, logger), logger);

  beforeEach(async () => {
    connector = await LocalConnector.start();
  });

  afterEach(async () => {
    await connector.stop();
  });

  it("posts and updates through the Bot Connector routes", async () => {
    const reference = referenceTo(connector.serviceUrl);

    const { activityId } = await chat().post(reference, activity);
    await chat().update(reference, activityId!, { ...activity, text: "Hlasování č. 1" });

    expect(connector.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "POST /v3/conversations/19%3Ameeting_x%40thread.v2/activities",
      "PUT /v3/conversations/19%3Ameeting_x%40thread.v2/activities/1%3Aactivity-1",
    ]);
  });

  it("reports 429 with its Retry-After after one call, leaving retries to the outbox", async () => {
    connector.failNext(1, { status: 429, retryAfterSeconds: 2 });

    const failure = await chat()
      .post(referenceTo(connector.serviceUrl), activity)
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ConnectorError);
    expect(failure).toMatchObject({ status: 429, retryAfter: "2" });
    expect(connector.calls).toHaveLength(1);
  });

  it("reports a refused connection as a network error without a status", async () => {
    const closed = await LocalConnector.start();
    await closed.stop();

    const failure = await chat()
      .post(referenceTo(closed.serviceUrl), activity)
      .catch((error: unknown) => error);

    expect(failure).toMatchObject({
      name: "ConnectorError",
      status: undefined,
      code: "ECONNREFUSED",
    });
  });

  it("refuses a reference without serviceUrl as a permanent error", async () => {
    const failure = await chat()
      .post({ conversation: { id: "c1" } }, activity)
      .catch((error: unknown) => error);

    expect(failure).toMatchObject({ name: "ConnectorError", status: 400 });
  });
});
