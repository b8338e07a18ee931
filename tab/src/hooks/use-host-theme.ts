import type { Theme } from "@fluentui/react-components";
import { webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { fluentTheme } from "../teams/fluent-theme";
import type { TeamsHost } from "../teams/teams-context";
import { onTeamsThemeChange } from "../teams/teams-context";

/** The Fluent theme to render with: web light until the host is known, then the host's, live. */
export function useHostTheme(host: TeamsHost | undefined): Theme {
  const [theme, setTheme] = useState<Theme>(webLightTheme);

  useEffect(() => {
    if (!host) return;
    let current = true;
    const show = (name: TeamsHost["theme"]) => {
      void fluentTheme(name).then((next) => current && setTheme(next));
    };
    show(host.theme);
    if (host.inTeams) onTeamsThemeChange(show);
    return () => {
      current = false;
    };
  }, [host]);

  return theme;
}
