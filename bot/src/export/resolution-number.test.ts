import { ExportError } from "./export-error";
import { resolutionNumber, sessionNumberFromTitle } from "./resolution-number";

describe("resolutionNumber", () => {
  const fields = { number: 15, session: "13", year: "2020", item: 4, vote: 22 };

  it("fills the default Czech pattern number/session/year", () => {
    expect(resolutionNumber("{number}/{session}/{year}", fields)).toBe("15/13/2020");
  });

  it("fills a pattern with the item and vote numbers", () => {
    expect(resolutionNumber("ZM {year}-{number} (bod {item}, hl. {vote})", fields)).toBe(
      "ZM 2020-15 (bod 4, hl. 22)",
    );
  });

  it("refuses an unknown placeholder and a pattern without the number", () => {
    expect(() => resolutionNumber("{number}/{yaer}", fields)).toThrow(ExportError);
    expect(() => resolutionNumber("{session}/{year}", fields)).toThrow(/needs \{number\}/);
  });
});

describe("sessionNumberFromTitle", () => {
  it("takes the number a title starts with, if any", () => {
    expect(sessionNumberFromTitle("13. zasedání zastupitelstva")).toBe("13");
    expect(sessionNumberFromTitle("Zasedání zastupitelstva obce Čerčany č. 1/2020")).toBe("1");
    expect(sessionNumberFromTitle("Ustavující zasedání")).toBeUndefined();
  });
});
