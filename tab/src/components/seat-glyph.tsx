import { makeStyles, tokens } from "@fluentui/react-components";
import { useContext } from "react";
import type { MemberBallot } from "../session/named-votes";
import { ThemeChoiceContext } from "../theme/theme-choice-context";

/** A seat's state: a ballot, not voting or absent, or (in an open vote) no ballot yet. */
export type SeatState = MemberBallot | "pending";

export interface SeatGlyphProps {
  state: SeatState;
  cx: number;
  cy: number;
  r: number;
}

/** The symbol of each state, drawn in a 24-unit box around (12, 12). */
const symbols: Record<SeatState, string> = {
  yes: "M5 12.5 L10 17.5 L19 7",
  no: "M7 7 L17 17 M17 7 L7 17",
  abstain: "M6 12 L18 12",
  not_voting: "M8 12 A4 4 0 1 0 16 12 A4 4 0 1 0 8 12",
  pending: "M7 12 L7.01 12 M12 12 L12.01 12 M17 12 L17.01 12",
  absent: "M7 17 L17 7",
};

const useStyles = makeStyles({
  yes: { fill: tokens.colorPaletteGreenBackground3, stroke: tokens.colorPaletteGreenBorderActive },
  no: { fill: tokens.colorPaletteRedBackground3, stroke: tokens.colorPaletteRedBorderActive },
  abstain: {
    fill: tokens.colorPaletteYellowBackground3,
    stroke: tokens.colorPaletteYellowBorderActive,
  },
  not_voting: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralForeground2 },
  pending: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralForeground2 },
  absent: {
    fill: tokens.colorNeutralBackground4,
    stroke: tokens.colorNeutralStroke1,
    strokeDasharray: "2 1.5",
  },
  outline: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralForeground1 },
  onDark: { stroke: "#ffffff" },
  onLight: { stroke: "#000000" },
  onPlain: { stroke: tokens.colorNeutralForeground1 },
});

/**
 * One seat: a disc coloured by the state and its symbol on top, so the state is never told by
 * colour alone. High contrast turns every palette colour white, so there the disc is an outline.
 */
export function SeatGlyph({ state, cx, cy, r }: SeatGlyphProps) {
  const styles = useStyles();
  const contrast = useContext(ThemeChoiceContext).name === "contrast";
  const plain = contrast || state === "not_voting" || state === "pending" || state === "absent";
  const ink = plain ? styles.onPlain : state === "abstain" ? styles.onLight : styles.onDark;
  const scale = r / 12;
  return (
    <g transform={`translate(${cx} ${cy}) scale(${scale})`}>
      <circle
        cx={0}
        cy={0}
        r={12}
        className={contrast ? styles.outline : styles[state]}
        strokeWidth={1.5}
      />
      <path
        d={symbols[state]}
        transform="translate(-12 -12)"
        className={ink}
        fill="none"
        strokeWidth={2.6}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </g>
  );
}
