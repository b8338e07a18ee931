import { itemNumber } from "@council/core";
import { numberedTitle } from "./item-number";

describe("itemNumber", () => {
  it("shows the agenda's own numbers, sub-items and roman numerals included", () => {
    expect(["1", "1.1", "4a", "12", "IV", "II.3"].map((id) => itemNumber({ id }))).toEqual([
      "1",
      "1.1",
      "4a",
      "12",
      "IV",
      "II.3",
    ]);
  });

  it("gives no number to an item added during the session or with a made-up id", () => {
    expect(itemNumber({ id: "added-1" })).toBeUndefined();
    expect(itemNumber({ id: "item-1" })).toBeUndefined();
  });

  it("puts the number before the title when there is one", () => {
    expect(numberedTitle({ id: "1.2", title: "Schválení programu." })).toBe(
      "1.2 Schválení programu.",
    );
    expect(numberedTitle({ id: "4", title: "Rozpočet" })).toBe("4. Rozpočet");
    expect(numberedTitle({ id: "added-1", title: "Prodej pozemku" })).toBe("Prodej pozemku");
  });
});
