import { runLiveFeedBench } from "./run-live-feed-bench";
import { DELIVERY_MODES } from "./measure-deliveries";

describe("live-feed benchmark", () => {
  it("reports figures for every mode with every ballot seen by every client", async () => {
    const report = await runLiveFeedBench({ clients: 20, ballots: 5 });

    expect(report.clients).toBe(20);
    expect(report.complete).toBe(true);
    for (const mode of DELIVERY_MODES) {
      for (const figures of [report.ours[mode], report.bare[mode]]) {
        expect(figures).toMatchObject({ sent: 5, deliveredToAll: 5 });
        for (const latency of [figures.afterAck, figures.endToEnd, figures.ack]) {
          expect([latency.p50, latency.p99, latency.max].every(Number.isFinite)).toBe(true);
        }
      }
      expect(Number.isFinite(report.ratio[mode].endToEnd.p50)).toBe(true);
    }
    expect(report.payloadBytes.bare).toBe(report.payloadBytes.ours);
  }, 60_000);
});
