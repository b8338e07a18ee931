/**
 * `npm run bench`: the live-feed benchmark from the command line. Prints readable lines, then one
 * JSON line with every figure. Options: --clients N (1000), --ballots N (65), --client-processes N (1).
 */
import { parseArgs } from "node:util";
import { formatBenchReport } from "./format-bench-report";
import { runLiveFeedBench } from "./run-live-feed-bench";

function wholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      clients: { type: "string" },
      ballots: { type: "string" },
      "client-processes": { type: "string" },
    },
  });
  const report = await runLiveFeedBench({
    clients: wholeNumber("clients", values.clients),
    ballots: wholeNumber("ballots", values.ballots),
    clientProcesses: wholeNumber("client-processes", values["client-processes"]),
  });
  for (const line of formatBenchReport(report)) console.log(line);
  console.log(JSON.stringify(report));
  return report.complete ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
