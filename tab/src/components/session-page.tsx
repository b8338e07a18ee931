import type { Member } from "@council/core";
import {
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ApiClient } from "../api/api-client";
import { useAnnouncement } from "../hooks/use-announcement";
import { useCommand } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { useSession } from "../hooks/use-session";
import { errorMessage } from "../i18n/error-message";
import type { LiveStore } from "../live/live-store";
import { latestResult } from "../session/latest-result";
import { AgendaList } from "./agenda-list";
import { AttendanceRoll } from "./attendance-roll";
import { ChairToolbar } from "./chair-toolbar";
import { CommandErrorBar } from "./command-error-bar";
import { ConnectionBadge } from "./connection-badge";
import { CurrentItemCard } from "./current-item-card";
import { LiveAnnouncer } from "./live-announcer";
import { SessionHeader } from "./session-header";
import { SpeakerQueue } from "./speaker-queue";
import { VotePanel } from "./vote-panel";
import { VoteResultCard } from "./vote-result-card";

export interface SessionPageProps {
  api: ApiClient;
  store: LiveStore;
  sessionId: string;
  me: Member;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 360px), 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalL,
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** The whole session on one page, shaped by the member's role. */
export function SessionPage({ api, store, sessionId, me }: SessionPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, connection, error } = useSession(store);
  const { send, busy, failure, clearFailure } = useCommand(api, sessionId, store);
  const announcement = useAnnouncement(state, t);

  const feedError = error ? (
    <MessageBar intent="warning" data-testid="feed-error" data-code={error.code}>
      <MessageBarBody>{errorMessage(t, error.code, error.message)}</MessageBarBody>
    </MessageBar>
  ) : null;

  if (!state) {
    return (
      <main className={styles.page}>
        <ConnectionBadge connection={connection} />
        {feedError}
        <Spinner label={t.loading} data-testid="loading" />
      </main>
    );
  }

  const isChair = me.role === "chair";
  const keepsRecord = me.role === "chair" || me.role === "clerk";
  const openVote = state.votes.find((v) => v.id === state.currentVoteId);
  const result = latestResult(state);
  const actions = { send, busy };
  const roll = keepsRecord ? <AttendanceRoll state={state} {...actions} /> : null;
  // The roll call comes before the opening, so it leads the page until the session is open.
  const rollFirst = state.status === "scheduled";

  return (
    <main className={styles.page}>
      <SessionHeader state={state} me={me} connection={connection} />
      {feedError}
      {failure ? <CommandErrorBar failure={failure} onDismiss={clearFailure} /> : null}
      {isChair ? <ChairToolbar state={state} {...actions} /> : null}
      {rollFirst ? roll : null}
      <div className={styles.columns}>
        <div className={styles.column}>
          <CurrentItemCard state={state} isChair={isChair} {...actions} />
          {openVote ? (
            <VotePanel state={state} vote={openVote} me={me} isChair={isChair} {...actions} />
          ) : null}
          {result ? <VoteResultCard state={state} vote={result} /> : null}
        </div>
        <div className={styles.column}>
          <SpeakerQueue state={state} me={me} isChair={isChair} {...actions} />
          <AgendaList state={state} isChair={isChair} {...actions} />
        </div>
      </div>
      {rollFirst ? null : roll}
      <LiveAnnouncer text={announcement} />
    </main>
  );
}
