import type { SessionState, Vote } from "@council/core";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { namedVotes } from "../session/named-votes";
import { seatState } from "./hemicycle";
import type { SeatState } from "./seat-glyph";
import { SeatGlyph } from "./seat-glyph";

export interface StageTallyProps {
  state: SessionState;
  vote: Vote;
}

const order: SeatState[] = ["yes", "no", "abstain", "pending", "not_voting", "absent"];

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: "1.2vh 1vw",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  tile: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignItems: "center",
    columnGap: "0.8vw",
    padding: "0.8vh 0.8vw",
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  glyph: { width: "min(3vw, 5.3vh)", height: "min(3vw, 5.3vh)", gridRow: "span 2" },
  count: {
    fontSize: "min(4vw, 7vh)",
    lineHeight: 1,
    fontWeight: tokens.fontWeightBold,
    fontVariantNumeric: "tabular-nums",
  },
  label: { fontSize: "min(1.4vw, 2.5vh)", lineHeight: 1.15 },
});

/**
 * The counts per seat state: the server's own counts once the vote is closed, the live count
 * from the named ballots and the attendance while it is open.
 */
function countSeats(state: SessionState, vote: Vote): Map<SeatState, number> {
  const counts = new Map<SeatState, number>();
  const closed = vote.result?.counts;
  if (closed) {
    counts.set("yes", closed.yes).set("no", closed.no).set("abstain", closed.abstain);
    counts.set("not_voting", closed.notVoting).set("absent", closed.absent);
    return counts;
  }
  for (const line of namedVotes(state, vote)) {
    const s = seatState(line.ballot, vote);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/**
 * The tally for the room: each count with the seat map's own disc and symbol beside it, so the
 * tally is also the map's legend. Counted from the named ballots and the attendance.
 */
export function StageTally({ state, vote }: StageTallyProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const counts = countSeats(state, vote);
  const labels: Record<SeatState, string> = {
    yes: t.vote.yes,
    no: t.vote.no,
    abstain: t.vote.abstain,
    pending: t.vote.notYetVoted,
    not_voting: t.vote.notVoting,
    absent: t.vote.absent,
  };
  const shown = order.filter((s) => counts.has(s) || s === "yes" || s === "no" || s === "abstain");
  return (
    <ul className={styles.list} aria-label={t.vote.tallyCaption} data-testid="stage-tally">
      {shown.map((s) => (
        <li key={s} className={styles.tile} data-testid={`stage-count-${s}`}>
          <svg className={styles.glyph} viewBox="-13 -13 26 26" aria-hidden="true">
            <SeatGlyph state={s} cx={0} cy={0} r={12} />
          </svg>
          <span className={styles.count}>{counts.get(s) ?? 0}</span>
          <span className={styles.label}>{labels[s]}</span>
        </li>
      ))}
    </ul>
  );
}
