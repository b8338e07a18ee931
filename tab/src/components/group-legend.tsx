import type { SessionState } from "@council/core";
import { holdsSeat } from "@council/core";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { seatingOrder } from "../session/hemicycle-layout";

export interface GroupLegendProps {
  state: SessionState;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "center",
    gap: "0.4vh 1.6vw",
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: "min(1.4vw, 2.5vh)",
    color: tokens.colorNeutralForeground2,
  },
});

/** The groups of the seat map from left to right, with their seats, so the wedges have names. */
export function GroupLegend({ state }: GroupLegendProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const seated = seatingOrder(state.members.filter(holdsSeat));
  const groups = [...new Set(seated.map((m) => m.group))];
  return (
    <ul className={styles.list} aria-label={t.stage.groups} data-testid="group-legend">
      {groups.map((group) => (
        <li key={group}>
          {group} ({seated.filter((m) => m.group === group).length})
        </li>
      ))}
    </ul>
  );
}
