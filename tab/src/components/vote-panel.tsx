import type { Command, Member, SessionState, Vote } from "@council/core";
import { tallyVote } from "@council/core";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";
import { ballotAccess } from "../session/ballot-access";
import { BallotBox } from "./ballot-box";
import { TallyTable } from "./tally-table";

export interface VotePanelProps {
  state: SessionState;
  vote: Vote;
  me: Member;
  isChair: boolean;
  send: (command: Command) => void;
  busy: boolean;
}

const useStyles = makeStyles({
  card: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}` },
  motion: { whiteSpace: "pre-wrap" },
});

/** An open vote: the motion, the live tally, the member's ballot and the chair's close. */
export function VotePanel({ state, vote, me, isChair, send, busy }: VotePanelProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const tally = tallyVote(state, vote.id);
  const access = ballotAccess(state, vote, me);
  const showBallot = me.role !== "clerk";
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
      <Body1 className={styles.motion} data-testid="vote-motion">
        {vote.motion}
      </Body1>
      {tally ? <TallyTable tally={tally} /> : null}
      {showBallot ? <BallotBox voteId={vote.id} access={access} send={send} busy={busy} /> : null}
      {isChair ? (
        <Button
          disabled={busy}
          onClick={() => send({ type: "close_vote", voteId: vote.id })}
          data-testid="close-vote"
        >
          {t.vote.close}
        </Button>
      ) : null}
    </Card>
  );
}
