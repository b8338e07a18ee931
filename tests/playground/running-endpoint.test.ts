import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { TestService } from "../support/test-service";
import { startTestService } from "../support/test-service";

/*
 * The service's real /api/messages, over HTTP: what a client that sends broken payloads gets.
 * The published fetchTask invoke from a meeting chat is not JSON (a trailing comma), so fastify's
 * parser answers before the bot sees it; the answer must still be the bot's error shape.
 */

const fixtures = join(__dirname, "../../bot/src/teams/fixtures");

describe("the running service's bot endpoint", () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
  });

  afterAll(async () => {
    await service.stop();
    rmSync(service.dataDir, { recursive: true, force: true });
  });

  const post = async (body: string) => {
    const response = await fetch(`${service.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };

  it("rejects the fetchTask invoke as published, trailing comma and all, storing nothing", async () => {
    const raw = readFileSync(join(fixtures, "invoke-fetch-task-trailing-comma.txt"), "utf8");

    const response = await post(raw);

    expect(response).toEqual({
      status: 400,
      body: { error: { code: "invalid_activity", message: expect.any(String) } },
    });
    expect(service.app.sessions.list()).toEqual([]);
    expect(
      await service.app.bindings.forConversation(
        JSON.parse(raw.replace(/,\s*}\s*$/, "}")).conversation.id,
      ),
    ).toBeUndefined();
  });

  it("rejects a meeting start it cannot use with the same error, and keeps serving", async () => {
    const start = JSON.parse(readFileSync(join(fixtures, "meeting-start-pascalcase.json"), "utf8"));

    const response = await post(JSON.stringify({ ...start, value: { Title: "no id, no time" } }));
    const health = await fetch(`${service.url}/healthz`);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: "invalid_activity" } });
    expect(health.status).toBe(200);
  });
});
