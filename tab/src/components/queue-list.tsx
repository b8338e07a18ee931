import type { FloorRequest, SessionState } from "@council/core";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../hooks/use-i18n";

export interface QueueListProps {
  state: SessionState;
  order: readonly FloorRequest[];
  /** The chair's buttons for each request. */
  actions?: (request: FloorRequest, name: string) => ReactNode;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
  row: { overflowWrap: "anywhere" },
  actions: {
    display: "inline-flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    marginInlineStart: tokens.spacingHorizontalS,
  },
});

/** The requests to speak in the order "next" grants them, remarks out of turn marked. */
export function QueueList({ state, order, actions }: QueueListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const nameOf = (id: string) => state.members.find((m) => m.id === id)?.name ?? id;
  return (
    <ol className={styles.list} data-testid="queue" aria-label={t.floor.queue}>
      {order.map((request) => {
        const name = nameOf(request.memberId);
        return (
          <li
            key={request.memberId}
            className={styles.row}
            data-testid={`queue-item-${request.memberId}`}
          >
            {name}
            {request.kind === "speech" ? null : ` (${t.floorKind[request.kind]})`}
            {actions ? <span className={styles.actions}>{actions(request, name)}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
