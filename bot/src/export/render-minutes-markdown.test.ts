import { councilSessionEvents } from "./council-session.fixture";
import { buildMinutesModel } from "./minutes-model";
import { renderMinutesMarkdown } from "./render-minutes-markdown";

function markdown(budgetMotion?: string): string {
  return renderMinutesMarkdown(buildMinutesModel(councilSessionEvents({ budgetMotion })));
}

describe("renderMinutesMarkdown", () => {
  it("heads the minutes and lists the approved agenda in order", () => {
    const md = markdown();

    expect(md.startsWith("# Zápis ze zasedání: 13. zasedání Zastupitelstva města Vzorov\n")).toBe(
      true,
    );
    expect(md).toContain(
      "3. Prodej pozemku p. č. 1234/5 v k. ú. Vzorov _(doplněno na zasedání)_\n4. Různé",
    );
  });

  it("writes each vote with its counts line, outcome, resolution and named votes", () => {
    const md = markdown();

    expect(md).toContain(
      "Výsledek hlasování: pro 14, proti 0, zdržel se 2, nehlasoval 1, nepřítomen 6  \n**Návrh byl přijat**",
    );
    expect(md).toContain("**Usnesení č. 3/13/2020**");
    expect(md).toContain("- **Zdržel se (2):** Marek Jan; Sedláčková Věra");
    expect(md).toContain("- **Proti (0):** nikdo");
  });

  it("keeps a motion's markup and line breaks from changing the document's structure", () => {
    const md = markdown("Schvaluje <b>vše</b> *hned*\n# a nadpis | s trubkou");

    expect(md).toContain(
      "**Návrh:** Schvaluje \\<b\\>vše\\</b\\> \\*hned\\* \\# a nadpis \\| s trubkou",
    );
    expect(md).not.toMatch(/^# a nadpis/m);
  });

  it("puts the attendance in a table with arrivals and departures", () => {
    const md = markdown();

    expect(md).toContain("| Jméno | Účast | Příchod | Odchod |");
    expect(md).toContain("| Doležalová Ivana | v sále | 18:20 |  |");
    expect(md).toContain("| Marek Jan | distančně | od zahájení | 19:00 |");
  });

  it("ends with how the session ended and the final hash", () => {
    const events = councilSessionEvents();
    const md = renderMinutesMarkdown(buildMinutesModel(events));

    expect(md).toContain("přestalo být usnášeníschopné.");
    expect(md).toContain(`- **Otisk poslední události (SHA-256):** \`${events.at(-1)?.hash}\``);
  });
});
