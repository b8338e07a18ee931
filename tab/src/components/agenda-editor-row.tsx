import type { AgendaItem } from "@council/core";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useAgendaRowStyles } from "../hooks/use-agenda-row-styles";
import { useI18n } from "../hooks/use-i18n";
import { itemNumber } from "@council/core";
import { ItemStatusBadge } from "./item-status-badge";

/** What the chair may do with an item right now, decided by the agenda editor. */
export interface AgendaRowActions {
  start?: () => void;
  moveUp?: () => void;
  moveDown?: () => void;
  withdraw?: () => void;
  /** "Withdraw" or "Vote to withdraw". */
  withdrawLabel: string;
  busy: boolean;
}

export interface AgendaEditorRowProps {
  item: AgendaItem;
  actions: AgendaRowActions;
  /** Whether moving is offered at all (a first or last item still shows both, one disabled). */
  movable: boolean;
}

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
});

/** One item of the chair's agenda: number, title, status, and the controls it has now. */
export function AgendaEditorRow({ item, actions, movable }: AgendaEditorRowProps) {
  const { t } = useI18n();
  const styles = { ...useAgendaRowStyles(), ...useStyles() };
  const current = item.status === "current";
  const { busy } = actions;
  return (
    <li
      className={current ? `${styles.row} ${styles.current}` : styles.row}
      aria-current={current ? "true" : undefined}
      data-testid={`agenda-item-${item.id}`}
      data-status={item.status}
    >
      <span className={styles.number}>{itemNumber(item) ?? (item.added ? "+" : "")}</span>
      <div className={styles.body}>
        <span
          className={
            item.status === "withdrawn" ? `${styles.title} ${styles.withdrawn}` : styles.title
          }
        >
          {item.title}
        </span>
        <div className={styles.actions}>
          <ItemStatusBadge status={item.status} />
          {item.added ? <Caption1>{t.agenda.added}</Caption1> : null}
          {actions.start ? (
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              onClick={actions.start}
              data-testid={`start-item-${item.id}`}
            >
              {t.agenda.start}
            </Button>
          ) : null}
          {movable ? (
            <>
              <Button
                size="small"
                appearance="subtle"
                disabled={busy || !actions.moveUp}
                aria-label={t.agendaEdit.moveUp(item.title)}
                onClick={actions.moveUp}
                data-testid={`move-up-${item.id}`}
              >
                ↑
              </Button>
              <Button
                size="small"
                appearance="subtle"
                disabled={busy || !actions.moveDown}
                aria-label={t.agendaEdit.moveDown(item.title)}
                onClick={actions.moveDown}
                data-testid={`move-down-${item.id}`}
              >
                ↓
              </Button>
            </>
          ) : null}
          {actions.withdraw ? (
            <Button
              size="small"
              disabled={busy}
              onClick={actions.withdraw}
              data-testid={`withdraw-${item.id}`}
            >
              {actions.withdrawLabel}
            </Button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
