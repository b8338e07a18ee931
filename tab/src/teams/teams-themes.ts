import type { Theme } from "@fluentui/react-components";
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from "@fluentui/react-components";
import type { HostTheme } from "./teams-context";

/** Teams' own Fluent themes by the name Teams gives its theme. */
export const teamsThemes: Record<Exclude<HostTheme, "web">, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};
