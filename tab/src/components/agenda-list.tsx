import type { Command, ItemStatus, SessionState } from "@council/core";
import {
  Badge,
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";

export interface AgendaListProps {
  state: SessionState;
  isChair: boolean;
  send: (command: Command) => void;
  busy: boolean;
}

const statusColor: Record<ItemStatus, BadgeProps["color"]> = {
  pending: "informative",
  current: "brand",
  done: "success",
  withdrawn: "subtle",
};

const useStyles = makeStyles({
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  withdrawn: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  title: { display: "flex", flexDirection: "column" },
  number: { width: "3rem" },
  status: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * The agenda with each item's status written out (not colour alone) and the current item
 * marked; the chair starts items from here while none is under discussion.
 */
export function AgendaList({ state, isChair, send, busy }: AgendaListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const canStart = isChair && state.status === "open" && !state.currentItemId;
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
      <Table size="small" aria-label={t.agenda.title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.number}>{t.agenda.number}</TableHeaderCell>
            <TableHeaderCell>{t.agenda.item}</TableHeaderCell>
            <TableHeaderCell>{t.agenda.status}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.agenda.map((item, index) => {
            const current = item.status === "current";
            return (
              <TableRow
                key={item.id}
                className={current ? styles.current : undefined}
                aria-current={current ? "true" : undefined}
                data-testid={`agenda-item-${item.id}`}
                data-status={item.status}
              >
                <TableCell>{index + 1}.</TableCell>
                <TableCell>
                  <div className={styles.title}>
                    <span className={item.status === "withdrawn" ? styles.withdrawn : undefined}>
                      {item.title}
                    </span>
                    {item.reporter ? <Caption1>{t.agenda.reporter(item.reporter)}</Caption1> : null}
                    {item.added ? <Caption1>({t.agenda.added})</Caption1> : null}
                  </div>
                </TableCell>
                <TableCell>
                  <div className={styles.status}>
                    <Badge
                      appearance={current ? "filled" : "tint"}
                      color={statusColor[item.status]}
                    >
                      {t.itemStatus[item.status]}
                    </Badge>
                    {canStart && item.status === "pending" ? (
                      <Button
                        size="small"
                        disabled={busy}
                        onClick={() => send({ type: "start_item", itemId: item.id })}
                        data-testid={`start-item-${item.id}`}
                      >
                        {t.agenda.start}
                      </Button>
                    ) : null}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
}
