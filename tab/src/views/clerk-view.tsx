import { makeStyles, tokens } from "@fluentui/react-components";
import { AttendancePanel } from "../components/attendance-panel";
import { ChatLogList } from "../components/chat-log-list";
import { EventLog } from "../components/event-log";
import { ExportLinks } from "../components/export-links";
import { QuorumLostBar } from "../components/quorum-lost-bar";
import { ViewFrame } from "../components/view-frame";
import { ViewHeader } from "../components/view-header";
import { ViewNav } from "../components/view-nav";
import { useChatLog } from "../hooks/use-chat-log";
import { useCommand } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { useSession } from "../hooks/use-session";
import { useSessionLog } from "../hooks/use-session-log";
import type { ViewContext } from "./view-context";

export interface ClerkViewProps {
  ctx: ViewContext;
}

const useStyles = makeStyles({
  columns: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 420px), 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalL,
  },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

/**
 * The clerk's view: the session's log as it happens, with filters; the roll call the clerk keeps;
 * the bot's chat log; and the exports.
 */
export function ClerkView({ ctx }: ClerkViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const snapshot = useSession(ctx.store);
  const commands = useCommand(ctx.api, ctx.sessionId, ctx.store);
  const log = useSessionLog(ctx.api, ctx.sessionId, ctx.store);
  const chat = useChatLog(ctx.api, ctx.sessionId, snapshot.state?.seq ?? 0);

  return (
    <ViewFrame title={t.views.clerk} snapshot={snapshot} commands={commands} width="wide">
      {(state) => (
        <>
          <ViewHeader
            state={state}
            connection={snapshot.connection}
            signedIn={ctx.me.name}
            nav={<ViewNav current={ctx.view} views={ctx.views} onNavigate={ctx.navigate} />}
          />
          <QuorumLostBar state={state} />
          <div className={styles.columns}>
            <div className={styles.column}>
              <EventLog state={state} events={log.events} loading={log.loading} />
            </div>
            <div className={styles.column}>
              <AttendancePanel state={state} commands={commands} />
              <ChatLogList state={state} posts={chat.posts} unavailable={chat.unavailable} />
              <ExportLinks sessionId={ctx.sessionId} />
            </div>
          </div>
        </>
      )}
    </ViewFrame>
  );
}
