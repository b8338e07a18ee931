import type { BenchReport, Ratio } from "./bench-report";
import type { LatencyFigures } from "./latency-figures";
import type { DeliveryFigures, DeliveryMode } from "./measure-deliveries";
import { DELIVERY_MODES } from "./measure-deliveries";

const HOW: Record<DeliveryMode, string> = {
  paced: "each ballot once the previous one reached every client",
  sequential: "each ballot once the previous one was acknowledged",
  burst: "all ballots at once",
};
const LABEL = 23;
const COLUMN = 26;

/** The report as lines for a person; the JSON line is printed separately. */
export function formatBenchReport(report: BenchReport): string[] {
  const lines = [
    ...header(report),
    ...DELIVERY_MODES.flatMap((mode) => modeLines(report, mode)),
    "(events leave before the HTTP answer does, so ack → last client can be below zero; " +
      "a ratio is n/a then)",
    report.complete
      ? `every client received every message; ${(report.durationMs / 1000).toFixed(1)} s in all`
      : "INCOMPLETE: some clients missed messages (see deliveredToAll)",
  ];
  return lines.map((line) => line.trimEnd());
}

function header(report: BenchReport): string[] {
  const { machine } = report;
  return [
    `machine: ${machine.cores} cores, ${machine.cpu}, node ${machine.node}, ${machine.platform}`,
    `clients: ${report.clients} live-feed WebSockets in ${report.clientProcesses} other process(es)`,
    `ballots: ${report.ballots} per mode; event message ${report.payloadBytes.ours} B, ` +
      `yardstick ${report.payloadBytes.bare} B; clock skew ≤ ${two(report.clockSkewBoundMs)} ms`,
    "ms, p50 / p99 / max".padEnd(LABEL) +
      ["ack → last client", "request → last client", "request → ack"]
        .map((title) => title.padEnd(COLUMN))
        .join(""),
  ];
}

function modeLines(report: BenchReport, mode: DeliveryMode): string[] {
  const { afterAck, endToEnd } = report.ratio[mode];
  return [
    `${mode}: ${HOW[mode]}`,
    "  ours".padEnd(LABEL) + row(report.ours[mode]),
    "  bare ws".padEnd(LABEL) + row(report.bare[mode]),
    "  ours/bare".padEnd(LABEL) + ratios(afterAck) + ratios(endToEnd),
  ];
}

function row(f: DeliveryFigures): string {
  const missed =
    f.deliveredToAll === f.sent ? "" : `only ${f.deliveredToAll}/${f.sent} reached all`;
  return [f.afterAck, f.endToEnd, f.ack].map(triple).join("") + missed;
}

function triple(f: LatencyFigures): string {
  return `${two(f.p50)} / ${two(f.p99)} / ${two(f.max)}`.padEnd(COLUMN);
}

function ratios(r: Ratio): string {
  const times = (v: number) => (Number.isFinite(v) ? `×${two(v)}` : "n/a");
  return `${times(r.p50)} / ${times(r.p99)}`.padEnd(COLUMN);
}

function two(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : "n/a";
}
