import type { SessionState } from "@council/core";
import { quorumStatus } from "@council/core";
import { Badge } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";

export interface QuorumBadgeProps {
  state: SessionState;
}

/** Whether the council can decide right now, in words. */
export function QuorumBadge({ state }: QuorumBadgeProps) {
  const { t } = useI18n();
  const met = !state.quorumLostAt && quorumStatus(state).met;
  const label = state.quorumLostAt
    ? t.header.quorumLost
    : met
      ? t.header.quorumMet
      : t.header.quorumNotMet;
  return (
    <Badge
      appearance="tint"
      color={met ? "success" : state.quorumLostAt ? "danger" : "warning"}
      data-testid="quorum-badge"
      data-met={String(met)}
    >
      {label}
    </Badge>
  );
}
