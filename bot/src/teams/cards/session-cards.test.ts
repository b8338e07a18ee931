import { foldEvents } from "@council/core";
import { cardText } from "../../../../tests/support/card-words";
import { sampleLogThrough, sampleSessionLog } from "../../../../tests/support/sample-session";
import { sessionClosedCard } from "./session-closed-card";
import { sessionOpenedCard } from "./session-opened-card";

describe("sessionOpenedCard", () => {
  it("gives the opening time in the session's zone, the quorum and the agenda", () => {
    const state = foldEvents("s1", sampleLogThrough("session_opened"));

    const text = cardText(sessionOpenedCard(state));

    expect(text).toContain("Zasedání zahájeno");
    expect(text).toContain("Zastupitelstvo města Kostelec · 12. zasedání");
    expect(text).toContain("Čas: 12. 3. 2025 18:06");
    expect(text).toContain("Místo: Velký sál radnice");
    expect(text).toContain("Usnášeníschopnost: přítomno 4 z 5, potřeba 3");
    expect(text).toContain(
      "1. Zahájení a volba ověřovatelů\n2. Rozpočet města na rok 2025\n3. Různé",
    );
  });
});

describe("sessionClosedCard", () => {
  it("sums up the items dealt with and every vote with its counts", () => {
    const state = foldEvents("s1", sampleSessionLog());

    const text = cardText(sessionClosedCard(state, "cs"));

    expect(text).toContain("Zasedání ukončeno");
    expect(text).toContain("Zasedání ukončil předsedající.");
    expect(text).toContain("Projednáno bodů: 1 z 3");
    expect(text).toContain("Hlasování č. 1: Zastupitelstvo schvaluje rozpočet města na rok 2025.");
    expect(text).toContain("Návrh byl přijat. Výsledek hlasování: pro 3, proti 1");
  });

  it("says so when no vote was held, in English", () => {
    const state = { ...foldEvents("s1", sampleSessionLog()), votes: [] };

    const text = cardText(sessionClosedCard(state, "en"));

    expect(text).toContain("Session closed");
    expect(text).toContain("No votes were held.");
  });
});
