import type { SessionState } from "@council/core";
import { quorumStatus } from "@council/core";
import { Badge, Caption1, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../hooks/use-i18n";
import { sessionDateTime } from "../i18n/session-time";
import type { ConnectionState } from "../live/live-store";
import { ConnectionBadge } from "./connection-badge";
import { LanguageSwitcher } from "./language-switcher";
import { QuorumBadge } from "./quorum-badge";

export interface ViewHeaderProps {
  state: SessionState;
  connection: ConnectionState;
  /** Who is signed in; none on the public page. */
  signedIn?: string;
  /** The links between views, when the person has several. */
  nav?: ReactNode;
}

const useStyles = makeStyles({
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  tools: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  /** Smaller in a side panel, where the ballot must stay in view. */
  title: {
    overflowWrap: "anywhere",
    "@media (max-width: 480px)": {
      fontSize: tokens.fontSizeBase500,
      lineHeight: tokens.lineHeightBase500,
    },
  },
});

/** Council, session, status and quorum, the connection, the language and the views. */
export function ViewHeader({ state, connection, signedIn, nav }: ViewHeaderProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const quorum = quorumStatus(state);
  return (
    <header className={styles.header}>
      <div className={styles.top}>
        <Caption1>{state.council}</Caption1>
        <div className={styles.tools}>
          <ConnectionBadge connection={connection} />
          <LanguageSwitcher />
        </div>
      </div>
      <Title3 as="h1" className={styles.title} data-testid="session-title">
        {state.title}
      </Title3>
      <div className={styles.line}>
        <Badge appearance="outline" data-testid="session-status" data-status={state.status}>
          {t.sessionStatus[state.status]}
        </Badge>
        <QuorumBadge state={state} />
        <Text size={200} data-testid="quorum-line">
          {t.header.present(quorum.present, quorum.members)}, {t.header.quorumNeeded(quorum.quorum)}
        </Text>
      </div>
      {state.status === "scheduled" && state.scheduledFor ? (
        <Caption1>
          {t.header.scheduledFor(sessionDateTime(state.scheduledFor, state.timeZone, lang))}
        </Caption1>
      ) : null}
      {nav || signedIn ? (
        <div className={styles.top}>
          {nav}
          {signedIn ? (
            <Caption1 data-testid="signed-in">{t.header.signedInAs(signedIn)}</Caption1>
          ) : null}
        </div>
      ) : null}
    </header>
  );
}
