import { pragueTimeToUtc } from "./prague-time";

describe("pragueTimeToUtc", () => {
  it("reads winter times as UTC+1 and summer times as UTC+2", () => {
    expect(pragueTimeToUtc("2026-01-15", "17:00")).toBe("2026-01-15T16:00:00.000Z");
    expect(pragueTimeToUtc("2026-06-15", "17:00")).toBe("2026-06-15T15:00:00.000Z");
  });

  it("gets the days of the clock changes right", () => {
    expect(pragueTimeToUtc("2026-03-29", "01:30")).toBe("2026-03-29T00:30:00.000Z");
    expect(pragueTimeToUtc("2026-03-29", "04:00")).toBe("2026-03-29T02:00:00.000Z");
    expect(pragueTimeToUtc("2026-10-25", "04:00")).toBe("2026-10-25T03:00:00.000Z");
  });

  it("crosses midnight into the previous UTC day", () => {
    expect(pragueTimeToUtc("2026-07-01", "00:30")).toBe("2026-06-30T22:30:00.000Z");
  });

  it("refuses dates and times that do not exist", () => {
    expect(pragueTimeToUtc("2026-02-30", "17:00")).toBeUndefined();
    expect(pragueTimeToUtc("2026-01-15", "25:00")).toBeUndefined();
    expect(pragueTimeToUtc("", "17:00")).toBeUndefined();
    expect(pragueTimeToUtc("2026-01-15", "")).toBeUndefined();
  });
});
