import { wallClockToUtc } from "./wall-clock-to-utc";

describe("wallClockToUtc", () => {
  it("takes one hour off a Prague reading in winter (CET)", () => {
    expect(wallClockToUtc("2014-11-06", "15:23:40", "Europe/Prague")).toBe(
      "2014-11-06T14:23:40.000Z",
    );
  });

  it("takes two hours off a Prague reading in summer (CEST)", () => {
    expect(wallClockToUtc("2014-07-06", "15:23:40", "Europe/Prague")).toBe(
      "2014-07-06T13:23:40.000Z",
    );
  });

  it("crosses midnight back into the previous UTC day", () => {
    expect(wallClockToUtc("2022-11-03", "00:00:00", "Europe/Prague")).toBe(
      "2022-11-02T23:00:00.000Z",
    );
  });

  it("uses the new offset right after the spring change", () => {
    expect(wallClockToUtc("2024-03-31", "03:00:00", "Europe/Prague")).toBe(
      "2024-03-31T01:00:00.000Z",
    );
  });

  it("moves a reading in the spring gap forward by the gap", () => {
    expect(wallClockToUtc("2024-03-31", "02:30:00", "Europe/Prague")).toBe(
      "2024-03-31T01:30:00.000Z",
    );
  });

  it("resolves a reading that occurs twice in autumn to the earlier instant", () => {
    expect(wallClockToUtc("2024-10-27", "02:30:00", "Europe/Prague")).toBe(
      "2024-10-27T00:30:00.000Z",
    );
  });

  it("leaves a UTC reading as it is", () => {
    expect(wallClockToUtc("2024-10-27", "02:30:00", "UTC")).toBe("2024-10-27T02:30:00.000Z");
  });
});
