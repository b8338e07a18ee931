import { sessionDateTime, sessionTime, sessionZone } from "./session-time";

describe("session times", () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it("shows an instant in Prague time, winter and summer, whatever the viewer's zone", () => {
    process.env.TZ = "America/Los_Angeles";

    expect(sessionTime("2025-03-10T17:05:00Z", "Europe/Prague", "cs")).toBe("18:05");
    expect(sessionTime("2025-06-10T17:05:00Z", "Europe/Prague", "cs")).toBe("19:05");
    expect(sessionTime("2025-06-10T17:05:00Z", "Europe/Prague", "en")).toBe("19:05");
  });

  it("falls back to Europe/Prague when the session names no zone", () => {
    process.env.TZ = "Asia/Tokyo";

    expect(sessionZone(undefined)).toBe("Europe/Prague");
    expect(sessionZone(" ")).toBe("Europe/Prague");
    expect(sessionTime("2025-03-10T17:05:00Z", undefined, "cs")).toBe("18:05");
  });

  it("follows a session held in another zone", () => {
    expect(sessionTime("2025-03-10T17:05:00Z", "Europe/London", "en")).toBe("17:05");
  });

  it("writes the date of a late-evening session as the council's calendar has it", () => {
    process.env.TZ = "UTC";

    const text = sessionDateTime("2025-03-10T23:30:00Z", "Europe/Prague", "cs");

    expect(text).toContain("11. 3. 2025");
    expect(text).toContain("00:30");
  });
});
