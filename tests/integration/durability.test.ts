import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { issueDevToken } from "../../bot/src/auth/dev-token-issuer";
import { loadDevSigningKey } from "../../bot/src/auth/dev-signing-key";
import { killHard, spawnService } from "../support/service-process";
import type { ServiceProcess } from "../support/service-process";
import { api, testRoster } from "../support/test-service";

const members = testRoster(2);

describe("durability", () => {
  let proc: ServiceProcess | undefined;
  afterEach(async () => {
    if (proc && proc.child.exitCode === null) await killHard(proc);
  });

  it("keeps an acknowledged ballot when the service is killed with SIGKILL, and the chain verifies", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "council-durable-"));
    proc = await spawnService(dataDir);
    const key = await loadDevSigningKey(dataDir);
    const token = (id: string) => issueDevToken(key, { id, name: id });
    const chair = await token("chair");
    const body = {
      id: "d1",
      title: "T",
      council: "C",
      members,
      agenda: [{ id: "i1", title: "Bod" }],
    };
    await api(proc.url, "POST", "/api/v1/sessions", {
      token: chair,
      body: { ...body, ruleSetId: "votes-cast" },
    });
    const run = async (who: string, cmd: unknown) =>
      api(proc!.url, "POST", "/api/v1/sessions/d1/commands", {
        token: await token(who),
        body: cmd,
      });
    for (const id of ["chair", "m1", "m2"])
      await run("chair", { type: "record_attendance", memberId: id, mode: "room" });
    await run("chair", { type: "open_session" });
    await run("chair", { type: "start_item", itemId: "i1" });
    await run("chair", { type: "open_vote" });

    const ack = await run("m1", { type: "cast_ballot", voteId: "vote-1", choice: "yes" });
    await killHard(proc);
    proc = await spawnService(dataDir);

    expect(ack.status).toBe(200);
    const after = await api(proc.url, "GET", "/api/v1/sessions/d1");
    expect(after.body.seq).toBe(ack.body.seq);
    expect(after.body.state.votes[0].ballots).toEqual({ m1: "yes" });
    const verify = await api(proc.url, "GET", "/api/v1/sessions/d1/verify");
    expect(verify.body).toMatchObject({ ok: true, lastSeq: ack.body.seq });
  });

  it("reports a tampered log loudly and keeps that session out of service", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "council-tamper-"));
    proc = await spawnService(dataDir);
    const key = await loadDevSigningKey(dataDir);
    const chair = await issueDevToken(key, { id: "chair", name: "chair" });
    const body = {
      id: "t1",
      title: "T",
      council: "C",
      members,
      agenda: [{ id: "i1", title: "Bod" }],
    };
    await api(proc.url, "POST", "/api/v1/sessions", { token: chair, body });
    await killHard(proc);
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(path.join(dataDir, "council.sqlite"));
    db.prepare(
      "UPDATE events SET payload = replace(payload, 'Bod', 'Jiný bod') WHERE seq = 1",
    ).run();
    db.close();

    proc = await spawnService(dataDir);

    const health = await api(proc.url, "GET", "/healthz");
    expect(health.body.brokenSessions).toEqual(["t1"]);
    const read = await api(proc.url, "GET", "/api/v1/sessions/t1");
    expect(read.status).toBe(503);
    expect(read.body.error.code).toBe("session_unavailable");
    expect(proc.output()).toContain("event_chain_broken");
  });
});
