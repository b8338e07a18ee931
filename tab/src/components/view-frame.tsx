import type { SessionState } from "@council/core";
import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useAnnouncement } from "../hooks/use-announcement";
import type { CommandSender } from "../hooks/use-command";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useI18n } from "../hooks/use-i18n";
import { errorMessage } from "../i18n/error-message";
import type { LiveSnapshot } from "../live/live-store";
import { ConnectionBadge } from "./connection-badge";
import { FeedErrorBar } from "./feed-error-bar";
import { LiveAnnouncer } from "./live-announcer";

export interface ViewFrameProps {
  /** The view's name for the document title. */
  title: string;
  snapshot: LiveSnapshot;
  commands?: CommandSender;
  /** "narrow" for the 320 px side panel, "wide" for the consoles and pages. */
  width: "narrow" | "wide";
  children: (state: SessionState) => ReactNode;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    boxSizing: "border-box",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  narrow: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}` },
  wide: {
    padding: tokens.spacingHorizontalL,
    "@media (max-width: 480px)": {
      padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    },
    maxWidth: "1600px",
    marginInline: "auto",
    width: "100%",
  },
});

/**
 * The frame of every view: the document title, a spinner until the first state, the feed's
 * errors, and the two live regions (what happens in the session; why a command was refused).
 */
export function ViewFrame({ title, snapshot, commands, width, children }: ViewFrameProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, connection, error } = snapshot;
  const announcement = useAnnouncement(state, t);
  const failure = commands?.failure;
  useDocumentTitle(t.pageTitle(title, state?.title));

  return (
    <main className={`${styles.page} ${styles[width]}`} data-connection={connection}>
      {state ? (
        children(state)
      ) : (
        <>
          <ConnectionBadge connection={connection} />
          <FeedErrorBar error={error} />
          <Spinner label={t.loading} data-testid="loading" />
        </>
      )}
      {state ? <FeedErrorBar error={error} /> : null}
      <LiveAnnouncer text={announcement} />
      <LiveAnnouncer
        politeness="assertive"
        text={failure ? errorMessage(t, failure.code, failure.message) : ""}
      />
    </main>
  );
}
