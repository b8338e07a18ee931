import { cs } from "./cs";
import { en } from "./en";

/** Every key path of a message tree, functions included, so the two languages can be compared. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, `${prefix}.${key}`));
}

describe("messages", () => {
  it("have the same texts in Czech and English, plural forms aside", () => {
    const texts = (paths: string[]) => paths.filter((p) => !p.startsWith(".nouns.")).sort();

    expect(texts(keyPaths(en))).toEqual(texts(keyPaths(cs)));
  });

  it("say attendance and quorum in correct Czech", () => {
    expect(cs.header.present(13, 23)).toBe("Přítomno 13 z 23 členů");
    expect(cs.header.present(1, 1)).toBe("Přítomno 1 z 1 člena");
    expect(cs.header.quorumNeeded(12)).toBe("k usnášeníschopnosti je třeba 12 členů");
    expect(cs.floor.queueCount(2)).toBe("Přihlášeno: 2 členové");
    expect(cs.vote.castSoFar(3)).toBe("Dosud odevzdáno: 3 hlasy");
  });

  it("say the same in English", () => {
    expect(en.header.present(13, 23)).toBe("13 of 23 members present");
    expect(en.vote.castSoFar(1)).toBe("Cast so far: 1 vote");
  });
});
