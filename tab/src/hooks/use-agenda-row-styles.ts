import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The look of one agenda row, shared by the read-only agenda and the chair's editor so both read
 * alike: number column, title, the current item marked, a withdrawn item struck through.
 */
export const useAgendaRowStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "3.2em minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
  },
  number: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  title: { overflowWrap: "anywhere" },
  withdrawn: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
});
