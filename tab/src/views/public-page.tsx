import { Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { SessionOverview } from "../components/session-overview";
import { ViewFrame } from "../components/view-frame";
import { ViewHeader } from "../components/view-header";
import { useBroadcastStatus } from "../hooks/use-broadcast-status";
import { useI18n } from "../hooks/use-i18n";
import { usePublicSession } from "../hooks/use-public-session";
import { useServerNow } from "../hooks/use-server-now";
import { useSession } from "../hooks/use-session";
import { streamUrlOf } from "../session/stream-url";

export interface PublicPageProps {
  sessionId: string;
}

const useStyles = makeStyles({
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

/**
 * The public live page (`/live/<session>`): no sign-in, read-only, for citizens and journalists
 * on any screen down to a phone: the agenda, what is discussed and who speaks, every result
 * with its named votes, and the stream when there is one.
 */
export function PublicPage({ sessionId }: PublicPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api, store } = usePublicSession(sessionId);
  const snapshot = useSession(store);
  const broadcast = useBroadcastStatus(api, sessionId);
  const serverNow = useServerNow(snapshot.clockOffsetMs, snapshot.state?.floor !== undefined);
  return (
    <ViewFrame title={t.views.public} snapshot={snapshot} width="wide">
      {(state) => {
        const stream = streamUrlOf(state, broadcast);
        return (
          <>
            <ViewHeader state={state} connection={snapshot.connection} />
            <div className={styles.line}>
              <Caption1>{t.live.readOnly}</Caption1>
              {stream ? (
                <Link href={stream} target="_blank" rel="noreferrer" data-testid="stream-link">
                  {t.live.stream}
                </Link>
              ) : null}
            </div>
            <SessionOverview state={state} serverNowMs={serverNow} />
          </>
        );
      }}
    </ViewFrame>
  );
}
