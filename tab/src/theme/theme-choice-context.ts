import { createContext } from "react";
import type { ThemeChoice } from "./theme-choice";

/**
 * The theme in use, for the few drawings that pick colours per theme (the seat map: high
 * contrast turns every palette colour white, so its seats are drawn in outline instead).
 */
export const ThemeChoiceContext = createContext<ThemeChoice>({ name: "default", look: "web" });
