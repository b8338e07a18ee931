import type { Member, SessionState } from "@council/core";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { businessStopped } from "../session/business-stopped";
import { currentItem } from "../session/item-number";
import { latestResult } from "../session/latest-result";
import { CurrentItemCard } from "./current-item-card";
import { RefusalMessage } from "./refusal-message";
import { VoteCard } from "./vote-card";
import { VoteOpener } from "./vote-opener";
import { VoteResultCard } from "./vote-result-card";

export interface ChairItemPanelProps {
  state: SessionState;
  me: Member;
  commands: CommandSender;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The item as the chair runs it: during a vote first the live tally, the chair's own ballot and
 * the close; otherwise opening a vote (on the draft, an edited motion, or a test) and ending the
 * item; then the result. Each control's refusal shows beside it.
 */
export function ChairItemPanel({ state, me, commands }: ChairItemPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { send, busy, failure, clearFailure } = commands;
  const vote = state.votes.find((v) => v.id === state.currentVoteId);
  const item = currentItem(state);
  const result = latestResult(state);
  const runnable = state.status === "open" && item !== undefined && !vote;

  return (
    <div className={styles.panel}>
      {vote ? (
        <VoteCard state={state} vote={vote} me={me} commands={commands}>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => send({ type: "close_vote", voteId: vote.id }, "vote-close")}
              data-testid="close-vote"
            >
              {t.vote.close}
            </Button>
          </div>
          <RefusalMessage failure={failure} origins={["vote-close"]} onDismiss={clearFailure} />
        </VoteCard>
      ) : null}
      <CurrentItemCard state={state}>
        {runnable && item ? (
          <>
            <VoteOpener item={item} disabled={businessStopped(state)} commands={commands} />
            <div className={styles.actions}>
              <Button
                disabled={busy}
                onClick={() => send({ type: "end_item", itemId: item.id }, "item")}
                data-testid="end-item"
              >
                {t.item.end}
              </Button>
            </div>
            <RefusalMessage failure={failure} origins={["item"]} onDismiss={clearFailure} />
          </>
        ) : null}
      </CurrentItemCard>
      {result ? <VoteResultCard state={state} vote={result} /> : null}
    </div>
  );
}
