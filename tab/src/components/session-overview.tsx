import type { SessionState } from "@council/core";
import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { AgendaOverview } from "./agenda-overview";
import { CurrentItemCard } from "./current-item-card";
import { FloorCard } from "./floor-card";
import { VoteCard } from "./vote-card";
import { VoteResultCard } from "./vote-result-card";

export interface SessionOverviewProps {
  state: SessionState;
  serverNowMs: number;
}

const useStyles = makeStyles({
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 420px), 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalL,
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * The session read-only, for the public page and the meeting's chat and details tabs: what is
 * discussed now and who speaks, a vote in progress, every result so far (newest first, named
 * votes on request), and the agenda.
 */
export function SessionOverview({ state, serverNowMs }: SessionOverviewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const open = state.votes.find((v) => v.id === state.currentVoteId);
  const closed = state.votes.filter((v) => v.status === "closed" && v.result).reverse();
  return (
    <div className={styles.columns}>
      <div className={styles.column}>
        <CurrentItemCard state={state} />
        {open ? <VoteCard state={state} vote={open} /> : null}
        <FloorCard state={state} serverNowMs={serverNowMs} />
        <section className={styles.results} aria-label={t.result.all} data-testid="results">
          <Subtitle1 as="h2">{t.result.all}</Subtitle1>
          {closed.length === 0 ? <Caption1>{t.result.none}</Caption1> : null}
          {closed.map((vote) => (
            <VoteResultCard key={vote.id} state={state} vote={vote} namesOpen={false} />
          ))}
        </section>
      </div>
      <div className={styles.column}>
        <AgendaOverview state={state} />
      </div>
    </div>
  );
}
