import type { SessionState, Vote, VoteOutcome } from "@council/core";
import { explainResult } from "@council/core";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
} from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";
import { NamedVotesTable } from "./named-votes-table";

export interface VoteResultCardProps {
  state: SessionState;
  vote: Vote;
}

const outcomeColor: Record<VoteOutcome, BadgeProps["color"]> = {
  adopted: "success",
  rejected: "danger",
  void: "warning",
};

/** A closed vote: outcome in words, why it ended so, the counts and the named votes. */
export function VoteResultCard({ state, vote }: VoteResultCardProps) {
  const { t, lang } = useI18n();
  const result = vote.result;
  if (!result) return null;
  const c = result.counts;
  return (
    <Card data-testid="result" data-vote={vote.id} data-outcome={result.outcome}>
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
      <Body1>{vote.motion}</Body1>
      <div>
        <Badge size="large" color={outcomeColor[result.outcome]} data-testid="result-outcome">
          {t.outcome[result.outcome]}
        </Badge>
      </div>
      <Body1 data-testid="result-explanation">{explainResult(result, lang)}</Body1>
      <Caption1 data-testid="result-counts">
        {t.result.counts(c.yes, c.no, c.abstain, c.notVoting, c.absent)}
      </Caption1>
      <Accordion collapsible defaultOpenItems={["named"]}>
        <AccordionItem value="named">
          <AccordionHeader>{t.result.namedVotes}</AccordionHeader>
          <AccordionPanel>
            <NamedVotesTable state={state} vote={vote} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </Card>
  );
}
