import type { AgendaItem, Command, SessionState } from "@council/core";
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { AddItemForm } from "./add-item-form";
import { businessStopped } from "../session/business-stopped";
import { AgendaEditorRow } from "./agenda-editor-row";
import { RefusalMessage } from "./refusal-message";

export interface AgendaEditorProps {
  state: SessionState;
  commands: CommandSender;
}

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyleType: "none" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
});

function moved(order: string[], index: number, by: -1 | 1): string[] {
  const next = [...order];
  const [id] = next.splice(index, 1);
  next.splice(index + by, 0, id!);
  return next;
}

/**
 * The chair's agenda: start an item, move items, withdraw and add them. Before approval each
 * change is made directly; once approved under rules that want it (§94) every change is put to
 * a vote within the item under discussion, and a new order is staged here until then.
 */
export function AgendaEditor({ state, commands }: AgendaEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { send, busy, failure, clearFailure } = commands;
  const byVote = state.agendaApproved && state.rules.agendaChangesNeedVote;
  const open = state.status === "open" && !businessStopped(state);
  const canVote = open && state.currentItemId !== undefined && !state.currentVoteId;
  const canChange = open && (byVote ? canVote : !state.currentVoteId);
  const canStart = open && !state.currentItemId;
  const canMove = open && (byVote || canChange);
  const held = state.agenda.map((i) => i.id).join("\n");
  const [order, setOrder] = useState(() => state.agenda.map((i) => i.id));
  useEffect(() => setOrder(held.split("\n").filter(Boolean)), [held]);
  const staged = order.join("\n") !== held;
  const items = order
    .map((id) => state.agenda.find((i) => i.id === id))
    .filter((i): i is AgendaItem => i !== undefined);

  const change = (direct: Command, purpose: Command & { type: "open_vote" }) =>
    send(byVote ? purpose : direct, "agenda");
  const start = (itemId: string) => send({ type: "start_item", itemId }, "agenda");
  const withdraw = (itemId: string) =>
    change(
      { type: "withdraw_item", itemId },
      { type: "open_vote", purpose: { kind: "withdraw_item", itemId } },
    );
  const move = (index: number, by: -1 | 1) => {
    const next = moved(order, index, by);
    if (byVote) setOrder(next);
    else send({ type: "reorder_agenda", itemIds: next }, "agenda");
  };

  return (
    <Card className={styles.card} data-testid="agenda">
      <CardHeader
        header={<Subtitle2 as="h2">{t.agenda.title}</Subtitle2>}
        description={
          <Caption1 data-testid="agenda-approved" data-approved={String(state.agendaApproved)}>
            {state.agendaApproved ? t.agenda.approved : t.agenda.notApproved}
          </Caption1>
        }
      />
      <Caption1>{byVote ? t.agendaEdit.byVoteHint : t.agendaEdit.directHint}</Caption1>
      {byVote && !canVote && open ? <Caption1>{t.agendaEdit.byVoteNeedsItem}</Caption1> : null}
      <RefusalMessage failure={failure} origins={["agenda"]} onDismiss={clearFailure} />
      <ol className={styles.list} aria-label={t.agenda.title}>
        {items.map((item, index) => (
          <AgendaEditorRow
            key={item.id}
            item={item}
            movable={canMove}
            actions={{
              busy,
              start: canStart && item.status === "pending" ? () => start(item.id) : undefined,
              moveUp: index > 0 ? () => move(index, -1) : undefined,
              moveDown: index < items.length - 1 ? () => move(index, 1) : undefined,
              withdraw:
                canChange && item.status === "pending" ? () => withdraw(item.id) : undefined,
              withdrawLabel: byVote ? t.agendaEdit.withdrawByVote : t.agendaEdit.withdraw,
            }}
          />
        ))}
      </ol>
      {staged ? (
        <div className={styles.actions} data-testid="order-staged">
          <Caption1>{t.agendaEdit.orderChanged}</Caption1>
          <Button
            size="small"
            appearance="primary"
            disabled={busy || !canVote}
            onClick={() =>
              send(
                { type: "open_vote", purpose: { kind: "reorder_agenda", itemIds: order } },
                "agenda",
              )
            }
            data-testid="reorder-vote"
          >
            {t.agendaEdit.reorderByVote}
          </Button>
          <Button size="small" onClick={() => setOrder(held.split("\n").filter(Boolean))}>
            {t.agendaEdit.resetOrder}
          </Button>
        </div>
      ) : null}
      {open ? (
        <AddItemForm
          byVote={byVote}
          disabled={busy || !canChange}
          onAdd={(item) =>
            change(
              { type: "add_item", item },
              { type: "open_vote", purpose: { kind: "add_item", item } },
            )
          }
        />
      ) : null}
    </Card>
  );
}
