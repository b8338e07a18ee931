import { themeName } from "../theme/theme-choice";
import { initializeTeams, looksEmbedded, webHost } from "./teams-context";

function topLevelWindow(): Window {
  const win = {} as { self: unknown; top: unknown };
  win.self = win;
  win.top = win;
  return win as unknown as Window;
}

describe("initializeTeams outside Teams", () => {
  it("treats a top-level page as a plain web page without loading teams-js", async () => {
    const win = topLevelWindow();

    expect(looksEmbedded(win)).toBe(false);
    await expect(initializeTeams(win, 10)).resolves.toEqual(webHost);
  });

  it("falls back to a web page quickly when a frame's parent is not Teams", async () => {
    const win = { self: {}, top: {} } as unknown as Window;
    const started = Date.now();

    const host = await initializeTeams(win, 50);

    expect(host).toEqual(webHost);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("maps Teams theme names and falls back to the default for new ones", () => {
    expect(themeName("dark")).toBe("dark");
    expect(themeName("contrast")).toBe("contrast");
    expect(themeName("glass")).toBe("default");
    expect(themeName(undefined)).toBe("default");
  });
});
