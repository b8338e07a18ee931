import type { Member, SessionState, Vote } from "@council/core";
import { holdsSeat, tallyVote } from "@council/core";
import {
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";
import { ballotAccess } from "../session/ballot-access";
import { voteMotion } from "../session/vote-motion";
import { BallotBox } from "./ballot-box";
import { FoldableText } from "./foldable-text";
import { TallySummary } from "./tally-summary";

export interface VoteCardProps {
  state: SessionState;
  vote: Vote;
  /** The signed-in member, given a ballot when they hold a seat; none on read-only pages. */
  me?: Member;
  commands?: CommandSender;
  /** The chair's close button. */
  children?: ReactNode;
}

const useStyles = makeStyles({
  card: {
    gap: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
  },
});

/** An open vote: the motion, the live tally, the member's ballot and the chair's close. */
export function VoteCard({ state, vote, me, commands, children }: VoteCardProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const tally = tallyVote(state, vote.id);
  const canHoldBallot = me !== undefined && commands !== undefined && holdsSeat(me);
  return (
    <Card className={styles.card} data-testid="vote-panel" data-vote={vote.id}>
      <CardHeader
        header={
          <Subtitle2 as="h2">{t.vote.title(vote.number, t.purpose[vote.purpose.kind])}</Subtitle2>
        }
        description={
          <Caption1>{t.vote.openedAt(sessionTime(vote.openedAt, state.timeZone, lang))}</Caption1>
        }
      />
      <FoldableText text={voteMotion(vote, t)} testId="vote-motion" foldAt={160} />
      {canHoldBallot ? (
        <BallotBox voteId={vote.id} access={ballotAccess(state, vote, me)} commands={commands} />
      ) : null}
      {tally ? <TallySummary tally={tally} /> : null}
      {children}
    </Card>
  );
}
