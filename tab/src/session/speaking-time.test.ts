import { formatCountdown, remainingMs } from "./speaking-time";

const speech = { startedAt: "2025-03-10T17:00:00.000Z" };
const start = Date.parse(speech.startedAt);

describe("speaking time", () => {
  it("counts down from the limit by the server's clock", () => {
    expect(remainingMs(speech, 300_000, start + 61_000)).toBe(239_000);
  });

  it("goes negative once the speaker is over time", () => {
    expect(remainingMs(speech, 300_000, start + 312_000)).toBe(-12_000);
  });

  it("adds the chair's extra time and stands still while paused", () => {
    const paused = { extraMs: 60_000, pausedMs: 10_000, pausedAtMs: start + 100_000 };

    expect(remainingMs(speech, 300_000, start + 200_000, paused)).toBe(270_000);
  });

  it("writes minutes and seconds, and time over with a plus", () => {
    expect(formatCountdown(300_000)).toBe("5:00");
    expect(formatCountdown(239_001)).toBe("4:00");
    expect(formatCountdown(5_000)).toBe("0:05");
    expect(formatCountdown(0)).toBe("0:00");
    expect(formatCountdown(-12_400)).toBe("+0:12");
  });
});
