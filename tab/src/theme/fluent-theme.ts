import type { Theme } from "@fluentui/react-components";
import { webLightTheme } from "@fluentui/react-components";
import type { ThemeChoice } from "./theme-choice";

/**
 * The Fluent theme for a choice. The web light theme ships with the page; the others load on
 * demand, so a plain light page does not carry four themes.
 */
export async function fluentTheme(choice: ThemeChoice): Promise<Theme> {
  if (choice.look === "web" && choice.name === "default") return webLightTheme;
  const { themeFor } = await import("./extra-themes");
  return themeFor(choice);
}
