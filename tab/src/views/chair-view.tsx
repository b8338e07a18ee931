import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { AgendaEditor } from "../components/agenda-editor";
import { AttendancePanel } from "../components/attendance-panel";
import { BroadcastLine } from "../components/broadcast-line";
import { ChairItemPanel } from "../components/chair-item-panel";
import { QuorumLostBar } from "../components/quorum-lost-bar";
import { SessionControls } from "../components/session-controls";
import { SpeakerQueueConsole } from "../components/speaker-queue-console";
import { StageShareButton } from "../components/stage-share-button";
import { ViewFrame } from "../components/view-frame";
import { ViewHeader } from "../components/view-header";
import { ViewNav } from "../components/view-nav";
import { useBroadcastStatus } from "../hooks/use-broadcast-status";
import { useCommand } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { useServerNow } from "../hooks/use-server-now";
import { useSession } from "../hooks/use-session";
import { stageUrlFor } from "../teams/tab-config";
import type { ViewContext } from "./view-context";

export interface ChairViewProps {
  ctx: ViewContext;
}

const useStyles = makeStyles({
  tools: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
  },
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 380px), 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalL,
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

/**
 * The chair's console: the session controls, the item with its votes (and the chair's own
 * ballot), the floor, attendance and quorum, and the agenda. A lost quorum shows first, with
 * the way out the rules prescribe. One column in a side panel, three on a desk.
 */
export function ChairView({ ctx }: ChairViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const snapshot = useSession(ctx.store);
  const commands = useCommand(ctx.api, ctx.sessionId, ctx.store);
  const broadcast = useBroadcastStatus(ctx.api, ctx.sessionId);
  const serverNow = useServerNow(snapshot.clockOffsetMs, snapshot.state?.floor !== undefined);

  return (
    <ViewFrame title={t.views.chair} snapshot={snapshot} commands={commands} width="wide">
      {(state) => {
        const closeAction =
          state.rules.onQuorumLoss === "end" && !state.currentVoteId ? (
            <Button
              appearance="primary"
              disabled={commands.busy}
              onClick={() => commands.send({ type: "close_session" }, "session")}
              data-testid="quorum-close-session"
            >
              {t.chair.closeSession}
            </Button>
          ) : undefined;
        const attendance = <AttendancePanel state={state} commands={commands} />;
        // The roll call comes before the opening, so it leads until the session is open.
        const rollFirst = state.status === "scheduled";
        return (
          <>
            <ViewHeader
              state={state}
              connection={snapshot.connection}
              signedIn={ctx.me.name}
              nav={<ViewNav current={ctx.view} views={ctx.views} onNavigate={ctx.navigate} />}
            />
            <div className={styles.tools}>
              <StageShareButton
                frameContext={ctx.host.frameContext}
                stageUrl={stageUrlFor(window.location.origin, ctx.sessionId)}
              />
              <BroadcastLine status={broadcast} />
            </div>
            <QuorumLostBar state={state} action={closeAction} />
            <SessionControls state={state} commands={commands} />
            <div className={styles.columns}>
              <div className={styles.column}>
                {rollFirst ? attendance : null}
                <ChairItemPanel state={state} me={ctx.me} commands={commands} />
              </div>
              <div className={styles.column}>
                <SpeakerQueueConsole state={state} commands={commands} serverNowMs={serverNow} />
                {rollFirst ? null : attendance}
              </div>
              <div className={styles.column}>
                <AgendaEditor state={state} commands={commands} />
              </div>
            </div>
          </>
        );
      }}
    </ViewFrame>
  );
}
