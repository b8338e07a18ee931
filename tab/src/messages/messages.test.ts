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
    expect(cs.floor.queueCount(2)).toBe("2 přihlášky do rozpravy");
    expect(cs.floor.queueCount(5)).toBe("5 přihlášek do rozpravy");
    expect(cs.vote.castSoFar(3)).toBe("Dosud odevzdáno: 3 hlasy");
  });

  it("write a member's ballot and attendance in Czech without gendered forms", () => {
    const gendered = /(nepřítomn[aá]?\b|nehlasoval\b|zdržel\b|nepřítomen)/i;
    const personal = [
      ...Object.values(cs.memberBallot),
      ...Object.values(cs.attendanceMode),
      cs.result.counts(1, 2, 3, 4, 5),
      cs.attendance.summary(1, 2, 3),
      ...Object.values(cs.vote.cannotVote),
      cs.errors.already_voted,
      cs.errors.not_present,
    ];

    expect(personal.filter((text) => gendered.test(text))).toEqual([]);
    expect(cs.result.counts(3, 1, 2, 15, 2)).toBe(
      "pro 3, proti 1, zdrželo se 2, nehlasovalo 15, chybělo 2",
    );
  });

  it("say the same in English", () => {
    expect(en.header.present(13, 23)).toBe("13 of 23 members present");
    expect(en.vote.castSoFar(1)).toBe("Cast so far: 1 vote");
  });
});
