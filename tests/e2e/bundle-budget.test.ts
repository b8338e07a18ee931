import fs from "node:fs";
import path from "node:path";
import { readBudgets, VIEW_MODULES, viewSizes } from "./bundle-size";

const TAB = path.resolve(__dirname, "../../tab");

describe("the initial JavaScript of each view", () => {
  const budgets = readBudgets(fs.readFileSync(path.join(TAB, "BUNDLE-BUDGET.md"), "utf8"));

  it("has a budget written down for every view", () => {
    expect(Object.keys(budgets).sort()).toEqual(Object.keys(VIEW_MODULES).sort());
    expect(budgets.councillor).toBeLessThan(200);
  });

  it("reads only the budget table, not the other tables of the file", () => {
    const markdown = [
      "| view | budget (kB gzip) |",
      "| --- | --- |",
      "| `stage` | 140 |",
      "",
      "| view | useful paint (ms) |",
      "| stage | 600 |",
    ].join("\n");

    expect(readBudgets(markdown)).toEqual({ stage: 140 });
  });

  it("stays within its budget (kB gzipped, from the Vite build manifest)", () => {
    const over = viewSizes(path.join(TAB, "dist"))
      .map((size) => ({ view: size.view, kB: Math.round(size.gzipBytes / 102.4) / 10 }))
      .filter(({ view, kB }) => kB > budgets[view]!)
      .map(({ view, kB }) => `${view}: ${kB} kB > ${budgets[view]} kB`);

    expect(over).toEqual([]);
  });

  it("keeps the stage, the clerk's log and the public page out of the councillor's first load", () => {
    const [councillor] = viewSizes(path.join(TAB, "dist")).filter((s) => s.view === "councillor");
    const names = councillor!.files.map((file) => path.basename(file));

    expect(names.filter((n) => /^(stage-view|clerk-view|public-page|chair-view)-/.test(n))).toEqual(
      [],
    );
  });
});
