import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** The service as a separate process (`council serve`), for tests that kill it. */
export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `council serve` on a free port with the given data folder and waits until it listens. */
export async function spawnService(dataDir: string, args: string[] = []): Promise<ServiceProcess> {
  // One node process with tsx as a loader (not the tsx wrapper, which forks): SIGKILL must hit the server itself.
  const main = path.join(ROOT, "bot/src/cli/main.ts");
  const child = spawn(process.execPath, ["--import", "tsx", main, "serve", ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${out}`)), 30_000);
    const check = () => {
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => reject(new Error(`service exited with ${code}:\n${out}`)));
  });
  return { child, url, output: () => out };
}

/** Kills the process with SIGKILL (no clean-up runs) and waits for it to be gone. */
export async function killHard(proc: ServiceProcess): Promise<void> {
  const gone = new Promise((resolve) => proc.child.once("exit", resolve));
  proc.child.kill("SIGKILL");
  await gone;
}
