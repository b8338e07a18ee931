import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Member } from "@council/core";
import { startApp } from "../../bot/src/app";
import type { App } from "../../bot/src/app";
import { issueDevToken } from "../../bot/src/auth/dev-token-issuer";
import { loadConfig } from "../../bot/src/config/config";
import { createLogger } from "../../bot/src/config/logger";

export interface TestService {
  app: App;
  url: string;
  dataDir: string;
  token(member: Pick<Member, "id" | "name">): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the real service on a free loopback port with a fresh data folder (or a given one). */
export async function startTestService(options: { dataDir?: string } = {}): Promise<TestService> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "council-test-"));
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "silent",
  });
  const app = await startApp(config, createLogger("silent"));
  return {
    app,
    url: app.url,
    dataDir,
    token: (member) => issueDevToken(app.devKey, member),
    stop: () => app.close(),
  };
}

/** A small roster for API tests: a chair, a clerk and `n` members. */
export function testRoster(n = 4): Member[] {
  const members: Member[] = [{ id: "chair", name: "Jana Předsedová", group: "A", role: "chair" }];
  for (let i = 1; i <= n; i++) {
    members.push({ id: `m${i}`, name: `Člen Číslo${i}`, group: i % 2 ? "A" : "B", role: "member" });
  }
  members.push({ id: "clerk", name: "Karel Zapisovatel", group: "úřad", role: "clerk" });
  return members;
}

/** A parsed JSON answer; tests read into it freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test answers are read as loose JSON
export type ApiBody = any;

/** A JSON request against the service, returning status and parsed body. */
export async function api(
  base: string,
  method: string,
  route: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: ApiBody }> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${base}${route}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
