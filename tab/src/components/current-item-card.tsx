import type { Command, SessionState } from "@council/core";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";

export interface CurrentItemCardProps {
  state: SessionState;
  isChair: boolean;
  send: (command: Command) => void;
  busy: boolean;
}

const useStyles = makeStyles({
  draft: { whiteSpace: "pre-wrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The item under discussion with its draft resolution; the chair ends it or opens a vote. */
export function CurrentItemCard({ state, isChair, send, busy }: CurrentItemCardProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const item = state.agenda.find((i) => i.id === state.currentItemId);
  if (!item) {
    return (
      <Card data-testid="current-item" data-item="">
        <CardHeader header={<Subtitle2 as="h2">{t.item.title}</Subtitle2>} />
        <Body1>{t.item.none}</Body1>
      </Card>
    );
  }

  const voteOpen = state.currentVoteId !== undefined;
  const number = state.agenda.indexOf(item) + 1;
  return (
    <Card data-testid="current-item" data-item={item.id}>
      <CardHeader
        header={<Subtitle2 as="h2">{t.item.title}</Subtitle2>}
        description={
          item.startedAt ? (
            <Caption1>
              {t.item.startedAt(sessionTime(item.startedAt, state.timeZone, lang))}
            </Caption1>
          ) : undefined
        }
      />
      <Subtitle1 as="h3" data-testid="current-item-title">
        {number}. {item.title}
      </Subtitle1>
      {item.reporter ? <Caption1>{t.agenda.reporter(item.reporter)}</Caption1> : null}
      <section className={styles.section} aria-label={t.item.draftResolution}>
        <Subtitle2 as="h3">{t.item.draftResolution}</Subtitle2>
        <Body1 className={styles.draft} data-testid="draft-resolution">
          {item.draftResolution ?? t.item.noDraft}
        </Body1>
      </section>
      {isChair ? (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy || voteOpen}
            onClick={() => send({ type: "open_vote" })}
            data-testid="open-vote"
          >
            {t.item.openVote}
          </Button>
          <Button
            disabled={busy || voteOpen}
            onClick={() =>
              send({ type: "open_vote", motion: t.item.openTestVote, purpose: { kind: "test" } })
            }
            data-testid="open-test-vote"
          >
            {t.item.openTestVote}
          </Button>
          <Button
            disabled={busy || voteOpen}
            onClick={() => send({ type: "end_item", itemId: item.id })}
            data-testid="end-item"
          >
            {t.item.end}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
