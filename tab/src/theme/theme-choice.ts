/** The three themes Teams has, which every view supports. */
export type ThemeName = "default" | "dark" | "contrast";

/**
 * Which theme to render: the name, and whether in Teams' look (inside Teams, or when a test asks
 * with `?theme=`) or the plain web look of the public page.
 */
export interface ThemeChoice {
  name: ThemeName;
  look: "teams" | "web";
}

/** Maps Teams' theme names to ours; unknown names ("glass") fall back to the default. */
export function themeName(teamsTheme: string | undefined): ThemeName {
  if (teamsTheme === "dark" || teamsTheme === "contrast") return teamsTheme;
  return "default";
}

/** `?theme=default|dark|contrast` outside Teams, to see and test Teams' themes on a plain page. */
export function themeFromSearch(search: string): ThemeName | undefined {
  const asked = new URLSearchParams(search).get("theme");
  if (asked === "default" || asked === "light") return "default";
  if (asked === "dark" || asked === "contrast") return asked;
  return undefined;
}

/** What the device asks for outside Teams: forced colours first, then a dark scheme. */
export function themeFromMedia(matches: (query: string) => boolean): ThemeName {
  if (matches("(forced-colors: active)")) return "contrast";
  if (matches("(prefers-color-scheme: dark)")) return "dark";
  return "default";
}

/** The media queries `themeFromMedia` reads, to listen for a change of the device's setting. */
export const themeMediaQueries = ["(forced-colors: active)", "(prefers-color-scheme: dark)"];
