import { ClockSkew } from "./clock-skew";

describe("ClockSkew", () => {
  it("takes the local clock as right before any event arrived", () => {
    expect(new ClockSkew().offsetMs()).toBe(0);
  });

  it("takes the smallest local-minus-server difference, the one with the least delay", () => {
    const skew = new ClockSkew();
    const server = Date.parse("2025-03-10T17:00:00Z");

    skew.sample("2025-03-10T17:00:00Z", server + 5_080);
    skew.sample("2025-03-10T17:00:00Z", server + 5_020);
    skew.sample("2025-03-10T17:00:00Z", server + 9_000);

    expect(skew.offsetMs()).toBe(5_020);
  });

  it("forgets old samples, so a corrected device clock is followed", () => {
    const skew = new ClockSkew(2);
    const server = Date.parse("2025-03-10T17:00:00Z");

    skew.sample("2025-03-10T17:00:00Z", server - 60_000);
    skew.sample("2025-03-10T17:00:00Z", server + 40);
    skew.sample("2025-03-10T17:00:00Z", server + 30);

    expect(skew.offsetMs()).toBe(30);
  });

  it("ignores a time it cannot read", () => {
    const skew = new ClockSkew();
    skew.sample("not a time", 1);
    expect(skew.offsetMs()).toBe(0);
  });
});
