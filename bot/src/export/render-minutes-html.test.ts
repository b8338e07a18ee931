import { councilSessionEvents } from "./council-session.fixture";
import { buildMinutesModel } from "./minutes-model";
import { renderMinutesHtml } from "./render-minutes-html";

const hostile = 'Schvaluje <script>alert("x")</script> & <img src=x onerror=alert(1)>';

function html(options: Parameters<typeof buildMinutesModel>[1] = {}): string {
  return renderMinutesHtml(
    buildMinutesModel(councilSessionEvents({ budgetMotion: hostile }), options),
  );
}

describe("renderMinutesHtml", () => {
  it("is a standalone HTML5 document in the minutes' language", () => {
    const doc = html();

    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="cs">')).toBe(true);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain("@media print");
    expect(doc).not.toMatch(/<link|src="http|href="http/);
    expect(doc.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("escapes a motion that carries markup, so no script or handler reaches the page", () => {
    const doc = html();

    expect(doc).not.toContain("<script");
    expect(doc).not.toContain("<img");
    expect(doc).toContain(
      "Schvaluje &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;",
    );
  });

  it("prints the counts line, the outcome, the resolution number and the named votes", () => {
    const doc = html();

    expect(doc).toContain(
      '<p class="counts">Výsledek hlasování: pro 14, proti 0, zdržel se 2, nehlasoval 1, nepřítomen 6</p>',
    );
    expect(doc).toContain("<strong>Návrh nebyl přijat</strong>");
    expect(doc).toContain("<strong>Usnesení č. 3/13/2020</strong>");
    expect(doc).toContain("<dt>Nehlasoval (1)</dt><dd>Doležalová Ivana</dd>");
  });

  it("marks times up with their UTC instant and ends with the log's final hash", () => {
    const events = councilSessionEvents();
    const doc = renderMinutesHtml(buildMinutesModel(events));

    expect(doc).toContain('<time datetime="2020-02-27T17:20:00.000Z">18:20</time>');
    expect(doc).toContain(`<code>${events.at(-1)?.hash}</code>`);
  });

  it("leaves a line to sign for the chair and each verifier", () => {
    const doc = html({ verifiers: ["m01", "m02"] });

    expect(doc).toContain('<div class="line">Předsedající: Nováková Jana, Ing.</div>');
    expect(doc).toContain('<div class="line">Ověřovatel zápisu: Černý Zdeněk, Mgr.</div>');
  });

  it("renders in English with lang=en", () => {
    const doc = html({ lang: "en" });

    expect(doc).toContain('<html lang="en">');
    expect(doc).toContain("Result of the vote: yes 14, no 0, abstain 2, not voting 1, absent 6");
  });
});
