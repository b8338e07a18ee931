import { themeFromMedia, themeFromSearch, themeName } from "./theme-choice";

describe("choosing the theme", () => {
  it("takes Teams' theme names and falls back to the default for new ones", () => {
    expect(["default", "dark", "contrast", "glass", undefined].map(themeName)).toEqual([
      "default",
      "dark",
      "contrast",
      "default",
      "default",
    ]);
  });

  it("lets a test ask for a Teams theme outside Teams with ?theme=", () => {
    expect(themeFromSearch("?theme=dark&lang=en")).toBe("dark");
    expect(themeFromSearch("?theme=contrast")).toBe("contrast");
    expect(themeFromSearch("?theme=light")).toBe("default");
    expect(themeFromSearch("?theme=neon")).toBeUndefined();
  });

  it("follows the device outside Teams, forced colours before a dark scheme", () => {
    const device = (queries: string[]) => (query: string) => queries.includes(query);

    expect(themeFromMedia(device([]))).toBe("default");
    expect(themeFromMedia(device(["(prefers-color-scheme: dark)"]))).toBe("dark");
    expect(
      themeFromMedia(device(["(prefers-color-scheme: dark)", "(forced-colors: active)"])),
    ).toBe("contrast");
  });
});
