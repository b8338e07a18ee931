import type { Theme } from "@fluentui/react-components";
import { webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { TeamsHost } from "../teams/teams-context";
import { onTeamsThemeChange } from "../teams/teams-context";
import { fluentTheme } from "../theme/fluent-theme";
import type { ThemeChoice, ThemeName } from "../theme/theme-choice";
import { themeFromMedia, themeFromSearch, themeMediaQueries } from "../theme/theme-choice";

function deviceTheme(): ThemeName {
  return themeFromMedia((query) => window.matchMedia(query).matches);
}

/** Watches the device's colour settings and reports each change. */
function onDeviceThemeChange(handler: (name: ThemeName) => void): () => void {
  const lists = themeMediaQueries.map((q) => window.matchMedia(q));
  const listener = () => handler(deviceTheme());
  lists.forEach((list) => list.addEventListener("change", listener));
  return () => lists.forEach((list) => list.removeEventListener("change", listener));
}

/**
 * The Fluent theme to render with, live: inside Teams Teams' theme and its changes; outside,
 * `?theme=` (Teams' look, for testing) or else the device's dark or forced-colours setting.
 */
export function useTheme(host: TeamsHost | undefined): { theme: Theme; choice: ThemeChoice } {
  const [choice, setChoice] = useState<ThemeChoice>({ name: "default", look: "web" });
  const [theme, setTheme] = useState<Theme>(webLightTheme);

  useEffect(() => {
    if (!host) return;
    if (host.inTeams) {
      setChoice({ name: host.theme, look: "teams" });
      onTeamsThemeChange((name) => setChoice({ name, look: "teams" }));
      return;
    }
    const asked = themeFromSearch(window.location.search);
    if (asked) {
      setChoice({ name: asked, look: "teams" });
      return;
    }
    setChoice({ name: deviceTheme(), look: "web" });
    return onDeviceThemeChange((name) => setChoice({ name, look: "web" }));
  }, [host]);

  useEffect(() => {
    let current = true;
    void fluentTheme(choice).then((next) => current && setTheme(next));
    return () => {
      current = false;
    };
  }, [choice]);

  return { theme, choice };
}
