import { makeStyles } from "@fluentui/react-components";
import type { MemberBallot } from "../session/named-votes";

export interface BallotSymbolProps {
  ballot: MemberBallot | "pending";
  /** Size in CSS units; the symbol scales with the text by default. */
  size?: string;
}

const paths: Record<BallotSymbolProps["ballot"], string> = {
  yes: "M4 12.5 L9.5 18 L20 6",
  no: "M6 6 L18 18 M18 6 L6 18",
  abstain: "M5 12 L19 12",
  not_voting: "M7 12 A5 5 0 1 0 17 12 A5 5 0 1 0 7 12",
  absent: "M5 19 L19 5",
  pending: "M6 12 L6.01 12 M12 12 L12.01 12 M18 12 L18.01 12",
};

const useStyles = makeStyles({
  svg: { flexShrink: 0, verticalAlign: "middle" },
});

/**
 * A shape per ballot, so no state is told by colour alone: a tick for yes, a cross for no, a
 * bar for abstain, a ring for not voting, a slash for absent. Decorative: text always goes with it.
 */
export function BallotSymbol({ ballot, size = "1.1em" }: BallotSymbolProps) {
  const styles = useStyles();
  return (
    <svg
      className={styles.svg}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      data-symbol={ballot}
    >
      <path
        d={paths[ballot]}
        fill="none"
        stroke="currentColor"
        strokeWidth={3}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
