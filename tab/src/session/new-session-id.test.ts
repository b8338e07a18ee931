import { newSessionId } from "./new-session-id";

describe("newSessionId", () => {
  it("joins the date and the council without diacritics", () => {
    expect(newSessionId("2026-03-12", "Zastupitelstvo města Brna")).toBe(
      "2026-03-12-zastupitelstvo-mesta-brna",
    );
  });

  it("keeps only letters, digits and single dashes", () => {
    expect(newSessionId("", "  ZM Český Krumlov (mimořádné) ")).toBe("zm-cesky-krumlov-mimoradne");
    expect(newSessionId("", "Řž!?")).toBe("rz");
  });

  it("falls back to a plain id when nothing usable is left", () => {
    expect(newSessionId("", "!!!")).toBe("session");
  });

  it("stays short enough for the service", () => {
    expect(newSessionId("2026-03-12", "a".repeat(300)).length).toBeLessThanOrEqual(100);
  });
});
