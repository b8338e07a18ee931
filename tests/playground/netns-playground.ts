/*
 * Runs inside a fresh network namespace (`unshare -n`), where the only interface is a loopback
 * nobody else can reach. It brings that loopback up, bridges two ports to Unix sockets in a
 * folder shared with the test, and runs the Agents Playground, which listens on all interfaces
 * of this namespace only:
 *
 *   127.0.0.1:<bot port> here      -> <dir>/bot.sock         -> the bot on the host's loopback
 *   <dir>/playground.sock          -> 127.0.0.1:<playground port> here
 *
 * Its arguments come as one JSON string in PLAYGROUND_BRIDGE; it exits with the Playground.
 */
import { execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import { forward } from "./socket-forward";

interface BridgeSettings {
  dir: string;
  botPort: number;
  playgroundPort: number;
  binary: string;
  args: string[];
  env: Record<string, string>;
}

async function main(): Promise<void> {
  const settings = JSON.parse(process.env.PLAYGROUND_BRIDGE ?? "") as BridgeSettings;
  execFileSync("ip", ["link", "set", "lo", "up"]);
  await forward(
    { host: "127.0.0.1", port: settings.botPort },
    { path: join(settings.dir, "bot.sock") },
  );
  await forward(
    { path: join(settings.dir, "playground.sock") },
    { host: "127.0.0.1", port: settings.playgroundPort },
  );

  const playground = spawn(settings.binary, settings.args, {
    cwd: settings.dir,
    env: { ...process.env, ...settings.env },
    stdio: "inherit",
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => playground.kill(signal));
  }
  playground.on("exit", (code) => process.exit(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
