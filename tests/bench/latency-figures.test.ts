import { latencyFigures } from "./latency-figures";

describe("latencyFigures", () => {
  it("takes nearest-rank percentiles of unsorted samples", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);

    expect(latencyFigures(samples)).toEqual({ p50: 50, p99: 99, max: 100 });
  });

  it("gives the top sample as p99 when there are fewer than a hundred", () => {
    expect(latencyFigures([3, 1, 2])).toEqual({ p50: 2, p99: 3, max: 3 });
  });

  it("rounds to microseconds", () => {
    expect(latencyFigures([1.23456789]).p50).toBe(1.235);
  });

  it("answers NaN for no samples", () => {
    expect(latencyFigures([])).toEqual({ p50: NaN, p99: NaN, max: NaN });
  });
});
