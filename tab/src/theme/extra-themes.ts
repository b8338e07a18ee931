import type { Theme } from "@fluentui/react-components";
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { ThemeChoice } from "./theme-choice";

/** Teams' own three themes inside Teams; the web pair outside, with Teams' high contrast. */
export function themeFor(choice: ThemeChoice): Theme {
  if (choice.name === "contrast") return teamsHighContrastTheme;
  if (choice.look === "teams") return choice.name === "dark" ? teamsDarkTheme : teamsLightTheme;
  return choice.name === "dark" ? webDarkTheme : webLightTheme;
}
