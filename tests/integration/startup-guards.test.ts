import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startApp } from "../../bot/src/app";
import { loadConfig } from "../../bot/src/config/config";
import { createLogger } from "../../bot/src/config/logger";

describe("start-up guards", () => {
  it("refuses to listen beyond loopback without a bot registration", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "council-guard-"));
    const config = loadConfig({ HOST: "0.0.0.0", PORT: "0", DATA_DIR: dataDir });

    const start = startApp(config, createLogger("silent"));

    await expect(start).rejects.toThrow(/BOT_ID .* is required/);
  });

  it("treats an empty variable as unset", () => {
    const config = loadConfig({ PORT: "", HOST: "", DATA_DIR: "", BROADCAST_CONFIG: "" });

    expect(config.port).toBe(3978);
    expect(config.host).toBe("127.0.0.1");
    expect(config.broadcastConfig).toBeUndefined();
  });
});
