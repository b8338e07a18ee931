import Fastify from "fastify";
import type { FastifyError, FastifyInstance } from "fastify";
import { registerBotRoute } from "./bot-route";
import { CapturedLogs, SESSION_ID, TestCouncil } from "./council.fixture";
import { rawPayload, teamsPayload } from "./fixtures";
import { createBotEndpoint } from "./teams-bot";
import { MemoryBindingStore } from "../store";

/** A server like the service's: a generic 4xx handler at the root, the bot route inside it. */
async function serviceWithBot(council: TestCouncil) {
  const bindings = new MemoryBindingStore();
  const logs = new CapturedLogs();
  const endpoint = createBotEndpoint({
    bindings,
    resolveSession: () => SESSION_ID,
    logger: logs.logger,
    readSession: (id) => council.sessions.get(id),
    submit: (id, command, actor) => council.sessions.submit(id, command, actor),
  });
  const handled: unknown[] = [];
  const app: FastifyInstance = Fastify();
  app.setErrorHandler((error: FastifyError, _req, reply) =>
    reply.code(error.statusCode ?? 500).send({ error: { code: "bad_request", message: "root" } }),
  );
  registerBotRoute(app, {
    handle: (req, res) => {
      handled.push(req.body);
      return endpoint.handle(req, res);
    },
  });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  const post = async (body: string, contentType = "application/json") => {
    const response = await fetch(`${url}/api/messages`, {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { app, post, handled, bindings };
}

describe("registerBotRoute", () => {
  let service: Awaited<ReturnType<typeof serviceWithBot>> | undefined;

  afterEach(async () => {
    await service?.app.close();
    service = undefined;
  });

  it("rejects the fetchTask invoke as published, trailing comma and all, with invalid_activity", async () => {
    const council = await TestCouncil.scheduled();
    service = await serviceWithBot(council);

    const response = await service.post(rawPayload("invoke-fetch-task-trailing-comma.txt"));

    expect(response).toEqual({
      status: 400,
      body: { error: { code: "invalid_activity", message: expect.stringMatching(/JSON/) } },
    });
    expect(service.handled).toEqual([]);
    expect(council.state.seq).toBe(1);
    expect(await service.bindings.forSession(SESSION_ID)).toEqual([]);
  });

  it("rejects bodies that are not JSON with the same error code", async () => {
    service = await serviceWithBot(await TestCouncil.scheduled());

    const xml = await service.post("<activity/>", "application/xml");
    const text = await service.post("hello", "text/plain");

    expect([xml.status, text.status]).toEqual([415, 400]);
    for (const { body } of [xml, text]) {
      expect(body).toEqual({ error: { code: "invalid_activity", message: expect.any(String) } });
    }
  });

  it("rejects JSON that is not an activity before it reaches a turn", async () => {
    service = await serviceWithBot(await TestCouncil.scheduled());

    const response = await service.post(JSON.stringify({ type: "message" }));

    expect(response).toEqual({
      status: 400,
      body: {
        error: {
          code: "invalid_activity",
          message: expect.stringMatching(/channelId|serviceUrl|from|conversation/),
        },
      },
    });
    expect(service.handled).toEqual([]);
  });

  it("hands a well-formed activity to the endpoint", async () => {
    const council = await TestCouncil.scheduled();
    service = await serviceWithBot(council);
    const payload = teamsPayload("meeting-start-pascalcase.json");

    const response = await fetch(`${service.app.listeningOrigin}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });

    expect(response.status).toBe(200);
    expect(service.handled).toHaveLength(1);
    expect(council.state.meeting?.title).toBe("Test Meeting");
  });
});
