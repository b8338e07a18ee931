import { makeStyles, tokens } from "@fluentui/react-components";
import { AgendaOverview } from "../components/agenda-overview";
import { ConflictDeclaration } from "../components/conflict-declaration";
import { CurrentItemCard } from "../components/current-item-card";
import { FloorCard } from "../components/floor-card";
import { MyAttendance } from "../components/my-attendance";
import { QuorumLostBar } from "../components/quorum-lost-bar";
import { ViewFrame } from "../components/view-frame";
import { ViewHeader } from "../components/view-header";
import { ViewNav } from "../components/view-nav";
import { VoteCard } from "../components/vote-card";
import { VoteResultCard } from "../components/vote-result-card";
import { useCommand } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { useServerNow } from "../hooks/use-server-now";
import { useSession } from "../hooks/use-session";
import { latestResult } from "../session/latest-result";
import type { ViewContext } from "./view-context";

export interface CouncillorViewProps {
  ctx: ViewContext;
}

const useStyles = makeStyles({
  column: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "640px",
    width: "100%",
    marginInline: "auto",
  },
});

/**
 * The councillor's side panel, 320 px wide: the vote first when one is open, then the item with
 * its draft and the conflict declaration, the latest result, the debate with their own requests,
 * and the agenda. Their attendance prompt leads while they are not recorded present.
 */
export function CouncillorView({ ctx }: CouncillorViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const snapshot = useSession(ctx.store);
  const commands = useCommand(ctx.api, ctx.sessionId, ctx.store);
  const speaking = snapshot.state?.floor !== undefined;
  const serverNow = useServerNow(snapshot.clockOffsetMs, speaking);
  const { me } = ctx;

  return (
    <ViewFrame title={t.views.councillor} snapshot={snapshot} commands={commands} width="narrow">
      {(state) => {
        const vote = state.votes.find((v) => v.id === state.currentVoteId);
        const result = latestResult(state);
        const itemId = state.currentItemId;
        return (
          <div className={styles.column}>
            <ViewHeader
              state={state}
              connection={snapshot.connection}
              signedIn={me.name}
              nav={<ViewNav current={ctx.view} views={ctx.views} onNavigate={ctx.navigate} />}
            />
            <QuorumLostBar state={state} />
            <MyAttendance state={state} me={me} commands={commands} />
            {vote ? <VoteCard state={state} vote={vote} me={me} commands={commands} /> : null}
            <CurrentItemCard state={state}>
              {itemId && state.status === "open" ? (
                <ConflictDeclaration state={state} me={me} itemId={itemId} commands={commands} />
              ) : null}
            </CurrentItemCard>
            {result ? <VoteResultCard state={state} vote={result} namesOpen={false} /> : null}
            <FloorCard state={state} serverNowMs={serverNow} me={me} commands={commands} />
            <AgendaOverview state={state} />
          </div>
        );
      }}
    </ViewFrame>
  );
}
