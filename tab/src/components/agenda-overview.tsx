import type { SessionState } from "@council/core";
import {
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useAgendaRowStyles } from "../hooks/use-agenda-row-styles";
import { useI18n } from "../hooks/use-i18n";
import { itemNumber } from "@council/core";
import { ItemStatusBadge } from "./item-status-badge";

export interface AgendaOverviewProps {
  state: SessionState;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * The agenda as read: each item under its own number ("1.1", "4"), its status in words on a
 * line of its own so it never squeezes the title, and the current item marked.
 */
export function AgendaOverview({ state }: AgendaOverviewProps) {
  const { t } = useI18n();
  const styles = { ...useAgendaRowStyles(), ...useStyles() };
  return (
    <Card data-testid="agenda">
      <CardHeader
        header={<Subtitle2 as="h2">{t.agenda.title}</Subtitle2>}
        description={
          <Caption1 data-testid="agenda-approved" data-approved={String(state.agendaApproved)}>
            {state.agendaApproved ? t.agenda.approved : t.agenda.notApproved}
          </Caption1>
        }
      />
      {state.agenda.length === 0 ? <Caption1>{t.agenda.empty}</Caption1> : null}
      <ol className={styles.list} aria-label={t.agenda.title}>
        {state.agenda.map((item) => {
          const current = item.status === "current";
          return (
            <li
              key={item.id}
              className={current ? `${styles.row} ${styles.current}` : styles.row}
              aria-current={current ? "true" : undefined}
              data-testid={`agenda-item-${item.id}`}
              data-status={item.status}
            >
              <span className={styles.number} data-testid={`agenda-number-${item.id}`}>
                {itemNumber(item) ?? (item.added ? "+" : "")}
              </span>
              <div className={styles.body}>
                <span
                  className={
                    item.status === "withdrawn"
                      ? `${styles.title} ${styles.withdrawn}`
                      : styles.title
                  }
                >
                  {item.title}
                </span>
                <div className={styles.meta}>
                  <ItemStatusBadge status={item.status} />
                  {item.added ? <Caption1>{t.agenda.added}</Caption1> : null}
                  {item.reporter ? <Caption1>{t.agenda.reporter(item.reporter)}</Caption1> : null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
