import type { Member, SessionState, Vote } from "@council/core";
import { holdsSeat } from "@council/core";
import { makeStyles } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { hemicycleLayout, seatingOrder } from "../session/hemicycle-layout";
import { namedVotes } from "../session/named-votes";
import type { SeatState } from "./seat-glyph";
import { SeatGlyph } from "./seat-glyph";

export interface HemicycleProps {
  state: SessionState;
  vote: Vote;
}

const useStyles = makeStyles({
  svg: { width: "100%", height: "100%", display: "block" },
});

/** A seat's state in a vote: its ballot, or, while the vote is open, "no ballot yet". */
export function seatState(ballot: SeatState, vote: Pick<Vote, "status">): SeatState {
  return ballot === "not_voting" && vote.status === "open" ? "pending" : ballot;
}

/**
 * The council as a hemicycle, groups in wedges from left to right, each seat showing the
 * member's ballot by colour and symbol and named for assistive technology.
 */
export function Hemicycle({ state, vote }: HemicycleProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const ballots = new Map(namedVotes(state, vote).map((line) => [line.member.id, line.ballot]));
  const stateOf = (member: Member) => seatState(ballots.get(member.id) ?? "absent", vote);
  const label = (s: SeatState) => (s === "pending" ? t.memberPending : t.memberBallot[s]);
  const { seats, seatRadius } = hemicycleLayout(seatingOrder(state.members.filter(holdsSeat)));

  return (
    <svg
      className={styles.svg}
      viewBox="-1.12 -1.12 2.24 1.24"
      role="group"
      aria-label={t.stage.seatMap}
      data-testid="seat-map"
    >
      {seats.map(({ member, x, y }) => {
        const s = stateOf(member);
        const name = t.stage.seatLabel(member.name, member.group, label(s));
        return (
          <g
            key={member.id}
            role="img"
            aria-label={name}
            data-testid={`seat-${member.id}`}
            data-ballot={s}
          >
            <title>{name}</title>
            <SeatGlyph state={s} cx={x} cy={y} r={seatRadius} />
          </g>
        );
      })}
    </svg>
  );
}
