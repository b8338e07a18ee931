import { reconnectDelay } from "./reconnect-delay";

describe("reconnectDelay", () => {
  it("doubles the ceiling per attempt and draws from its upper half", () => {
    const low = reconnectDelay({ initialMs: 500, maxMs: 15_000, random: () => 0 });
    const high = reconnectDelay({ initialMs: 500, maxMs: 15_000, random: () => 0.999999 });

    expect([0, 1, 2, 3].map(low)).toEqual([250, 500, 1000, 2000]);
    expect([0, 1, 2, 3].map(high)).toEqual([500, 1000, 2000, 4000]);
  });

  it("never waits longer than the maximum, however many attempts failed", () => {
    const delay = reconnectDelay({ initialMs: 500, maxMs: 15_000, random: () => 0.999999 });

    expect(delay(10)).toBe(15_000);
    expect(delay(1000)).toBe(15_000);
  });
});
