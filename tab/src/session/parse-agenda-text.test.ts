import { duplicateItemIds, parseAgendaText } from "./parse-agenda-text";

describe("parseAgendaText", () => {
  it("numbers unnumbered lines 1..n and skips blank lines", () => {
    expect(parseAgendaText("Zahájení\n\n  Rozpočet  \r\nRůzné\n")).toEqual([
      { id: "1", title: "Zahájení" },
      { id: "2", title: "Rozpočet" },
      { id: "3", title: "Různé" },
    ]);
  });

  it("takes a leading number as the item id, with or without a final dot", () => {
    expect(parseAgendaText("4. Rozpočet\n1.1 Dotace\n7 Různé\n2.3. Prodej")).toEqual([
      { id: "4", title: "Rozpočet" },
      { id: "1.1", title: "Dotace" },
      { id: "7", title: "Různé" },
      { id: "2.3", title: "Prodej" },
    ]);
  });

  it("reads the text after a bar as the draft resolution", () => {
    expect(parseAgendaText("3. Rozpočet 2026 | ZM schvaluje rozpočet\nRůzné |  ")).toEqual([
      { id: "3", title: "Rozpočet 2026", draftResolution: "ZM schvaluje rozpočet" },
      { id: "2", title: "Různé" },
    ]);
  });

  it("keeps a number that is part of the title when no space follows it", () => {
    expect(parseAgendaText("2026: výhled")).toEqual([{ id: "1", title: "2026: výhled" }]);
  });

  it("returns no items for empty text", () => {
    expect(parseAgendaText(" \n | \n")).toEqual([]);
  });
});

describe("duplicateItemIds", () => {
  it("lists each id that occurs more than once", () => {
    const items = parseAgendaText("1. A\n2. B\n1. C\nD\n1. E");
    expect(duplicateItemIds(items)).toEqual(["1"]);
    expect(duplicateItemIds(parseAgendaText("A\nB"))).toEqual([]);
  });
});
