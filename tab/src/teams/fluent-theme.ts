import type { Theme } from "@fluentui/react-components";
import { webLightTheme } from "@fluentui/react-components";
import type { HostTheme } from "./teams-context";

/**
 * The Fluent theme for where the tab runs: the web theme outside Teams, Teams' own inside.
 * The Teams themes load with teams-js, only inside Teams, to keep the web page small.
 */
export async function fluentTheme(theme: HostTheme): Promise<Theme> {
  if (theme === "web") return webLightTheme;
  const { teamsThemes } = await import("./teams-themes");
  return teamsThemes[theme];
}
