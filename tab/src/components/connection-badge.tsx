import { Badge } from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import type { ConnectionState } from "../live/live-store";

export interface ConnectionBadgeProps {
  connection: ConnectionState;
}

const colors: Record<ConnectionState, BadgeProps["color"]> = {
  connecting: "informative",
  live: "success",
  reconnecting: "warning",
  closed: "danger",
};

/** The state of the live feed, in words: a stale page must never pass for a live one. */
export function ConnectionBadge({ connection }: ConnectionBadgeProps) {
  const { t } = useI18n();
  return (
    <Badge
      appearance="tint"
      color={colors[connection]}
      role="status"
      data-testid="connection-state"
      data-state={connection}
    >
      {t.connection[connection]}
    </Badge>
  );
}
