import type { SessionState, Vote, VoteOutcome } from "@council/core";
import { explainResult } from "@council/core";
import {
  Badge,
  Body1,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";
import type { MemberBallot } from "../session/named-votes";
import { isSecretBallot } from "../session/secret-ballot";
import { voteMotion } from "../session/vote-motion";
import { BallotSymbol } from "./ballot-symbol";
import { Disclosure } from "./disclosure";
import { NamedVotesList } from "./named-votes-list";

export interface VoteResultCardProps {
  state: SessionState;
  vote: Vote;
  /** Whether the named votes start unfolded (wide views) or folded (the side panel). */
  namesOpen?: boolean;
}

const outcomeColor: Record<VoteOutcome, BadgeProps["color"]> = {
  adopted: "success",
  rejected: "danger",
  void: "warning",
};

const outcomeSymbol: Record<VoteOutcome, MemberBallot> = {
  adopted: "yes",
  rejected: "no",
  void: "abstain",
};

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  motion: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

/** A closed vote: outcome in words and symbol, why it ended so, the counts and the named votes. */
export function VoteResultCard({ state, vote, namesOpen = true }: VoteResultCardProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const result = vote.result;
  if (!result) return null;
  const c = result.counts;
  const secret = isSecretBallot(state, vote);
  return (
    <Card
      className={styles.card}
      data-testid="result"
      data-vote={vote.id}
      data-outcome={result.outcome}
    >
      <CardHeader
        header={<Subtitle2 as="h2">{t.result.title(vote.number)}</Subtitle2>}
        description={
          vote.closedAt ? (
            <Caption1>
              {t.result.closedAt(sessionTime(vote.closedAt, state.timeZone, lang))}
            </Caption1>
          ) : undefined
        }
      />
      <Body1 className={styles.motion}>{voteMotion(vote, t)}</Body1>
      <div>
        <Badge
          size="large"
          color={outcomeColor[result.outcome]}
          icon={<BallotSymbol ballot={outcomeSymbol[result.outcome]} />}
          data-testid="result-outcome"
        >
          {t.outcome[result.outcome]}
        </Badge>
      </div>
      <Body1 data-testid="result-explanation">{explainResult(result, lang)}</Body1>
      <Caption1 data-testid="result-counts">
        {t.result.counts(c.yes, c.no, c.abstain, c.notVoting, c.absent)}
      </Caption1>
      {secret ? (
        <Caption1 data-testid="secret-note">{t.result.secretNote}</Caption1>
      ) : (
        <Disclosure
          showLabel={t.result.showNames}
          hideLabel={t.result.hideNames}
          defaultOpen={namesOpen}
          testId="named-votes-toggle"
        >
          <NamedVotesList state={state} vote={vote} />
        </Disclosure>
      )}
    </Card>
  );
}
