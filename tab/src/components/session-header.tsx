import type { Member, SessionState } from "@council/core";
import { quorumStatus } from "@council/core";
import { Badge, Caption1, Text, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { sessionDateTime } from "../i18n/session-time";
import type { ConnectionState } from "../live/live-store";
import { ConnectionBadge } from "./connection-badge";
import { LanguageSwitcher } from "./language-switcher";
import { QuorumBadge } from "./quorum-badge";

export interface SessionHeaderProps {
  state: SessionState;
  me: Member;
  connection: ConnectionState;
}

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalL,
  },
  titles: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  side: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    gap: tokens.spacingVerticalXS,
  },
});

/** Council, session, status, quorum and the connection, with who is signed in. */
export function SessionHeader({ state, me, connection }: SessionHeaderProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const quorum = quorumStatus(state);
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Caption1>{state.council}</Caption1>
        <Title2 as="h1" data-testid="session-title">
          {state.title}
        </Title2>
        <div className={styles.line}>
          <Badge appearance="outline" data-testid="session-status" data-status={state.status}>
            {t.sessionStatus[state.status]}
          </Badge>
          <QuorumBadge state={state} />
          <Text data-testid="quorum-line">
            {t.header.present(quorum.present, quorum.members)},{" "}
            {t.header.quorumNeeded(quorum.quorum)}
          </Text>
        </div>
        {state.status === "scheduled" && state.scheduledFor ? (
          <Caption1>
            {t.header.scheduledFor(sessionDateTime(state.scheduledFor, state.timeZone, lang))}
          </Caption1>
        ) : null}
      </div>
      <div className={styles.side}>
        <ConnectionBadge connection={connection} />
        <LanguageSwitcher />
        <Caption1 data-testid="signed-in">{t.header.signedInAs(me.name, t.role[me.role])}</Caption1>
      </div>
    </header>
  );
}
