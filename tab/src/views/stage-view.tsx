import { quorumStatus } from "@council/core";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ConnectionBadge } from "../components/connection-badge";
import { LiveAnnouncer } from "../components/live-announcer";
import { StageMain } from "../components/stage-main";
import { useAnnouncement } from "../hooks/use-announcement";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useI18n } from "../hooks/use-i18n";
import { useServerNow } from "../hooks/use-server-now";
import { useSession } from "../hooks/use-session";
import { sessionTime } from "../i18n/session-time";
import { itemNumber } from "@council/core";
import { currentItem } from "../session/item-number";
import type { ViewContext } from "./view-context";

export interface StageViewProps {
  ctx: Pick<ViewContext, "store">;
}

const useStyles = makeStyles({
  stage: {
    boxSizing: "border-box",
    height: "100vh",
    overflow: "hidden",
    display: "grid",
    gridTemplateRows: "auto auto minmax(0, 1fr)",
    gap: "2vh",
    padding: "3vh 3vw",
    lineHeight: 1.2,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  top: { display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: "2vw" },
  session: { display: "flex", flexDirection: "column", gap: "0.5vh", minWidth: 0 },
  council: { fontSize: "min(1.5vw, 2.7vh)", color: tokens.colorNeutralForeground2 },
  title: { fontSize: "min(1.9vw, 3.4vh)", fontWeight: tokens.fontWeightSemibold, margin: 0 },
  facts: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    gap: "0.5vh",
    flexShrink: 0,
  },
  clock: {
    fontSize: "min(3vw, 5.3vh)",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  quorum: { fontSize: "min(1.5vw, 2.7vh)" },
  item: {
    margin: 0,
    fontSize: "min(3vw, 5.4vh)",
    lineHeight: 1.15,
    fontWeight: tokens.fontWeightBold,
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  number: { color: tokens.colorBrandForeground1 },
});

/**
 * The meeting stage at 16:9, read from the back of the room and on the stream: the session and
 * the clock, the item, and below it the speaker with their time, the live vote with its seat
 * map, or the result with its explanation. Sizes follow the screen, so nothing scrolls.
 */
export function StageView({ ctx }: StageViewProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const snapshot = useSession(ctx.store);
  const { state, connection } = snapshot;
  const serverNow = useServerNow(snapshot.clockOffsetMs, true, 500);
  const announcement = useAnnouncement(state, t);
  useDocumentTitle(t.pageTitle(t.views.stage, state?.title));

  if (!state) {
    return (
      <main className={styles.stage} data-connection={connection}>
        <ConnectionBadge connection={connection} />
        <Spinner label={t.loading} data-testid="loading" />
      </main>
    );
  }
  const item = currentItem(state);
  const number = item ? itemNumber(item) : undefined;
  const quorum = quorumStatus(state);
  return (
    <main className={styles.stage} data-testid="stage" data-connection={connection}>
      <div className={styles.top}>
        <div className={styles.session}>
          <span className={styles.council}>{state.council}</span>
          <h1 className={styles.title} data-testid="session-title">
            {state.title}
          </h1>
        </div>
        <div className={styles.facts}>
          <span className={styles.clock} aria-label={t.stage.clock}>
            {sessionTime(new Date(serverNow).toISOString(), state.timeZone, lang)}
          </span>
          <span className={styles.quorum} data-testid="quorum-line">
            {t.header.present(quorum.present, quorum.members)}
          </span>
          {connection === "live" ? null : <ConnectionBadge connection={connection} />}
        </div>
      </div>
      <h2 className={styles.item} data-testid="stage-item" data-item={item?.id ?? ""}>
        {item ? (
          <>
            {number || item.added ? (
              <>
                <span className={styles.number}>
                  {number ? t.stage.item(number) : t.item.noNumber}
                </span>
                {" · "}
              </>
            ) : null}
            {item.title}
          </>
        ) : (
          t.item.none
        )}
      </h2>
      <StageMain state={state} serverNowMs={serverNow} />
      <LiveAnnouncer text={announcement} />
    </main>
  );
}
