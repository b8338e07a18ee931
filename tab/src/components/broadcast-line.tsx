import { Badge, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import type { BroadcastLinkState, BroadcastStatus } from "../api/broadcast-status";
import { useI18n } from "../hooks/use-i18n";

export interface BroadcastLineProps {
  status: BroadcastStatus | undefined;
}

const colors: Record<BroadcastLinkState, BadgeProps["color"]> = {
  connected: "success",
  reconnecting: "warning",
  down: "danger",
  unknown: "informative",
};

const useStyles = makeStyles({
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The broadcast link in a line: the switcher's state in words, and the public stream. */
export function BroadcastLine({ status }: BroadcastLineProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!status) return null;
  const state = status.link;
  const color = colors[state];
  return (
    <div className={styles.line} data-testid="broadcast" data-state={state}>
      <Caption1>{t.chair.broadcast}:</Caption1>
      <Badge appearance="tint" color={color}>
        {t.chair.broadcastState[state]}
        {status.switcher ? ` (${status.switcher})` : ""}
        {status.queued ? ` · ${t.chair.broadcastQueued(status.queued)}` : ""}
      </Badge>
      {status.streamUrl ? (
        <Link href={status.streamUrl} target="_blank" rel="noreferrer">
          {t.chair.streamLink}
        </Link>
      ) : null}
    </div>
  );
}
