import type { ItemStatus } from "@council/core";
import { Badge, makeStyles } from "@fluentui/react-components";
import type { BadgeProps } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";

export interface ItemStatusBadgeProps {
  status: ItemStatus;
}

const colors: Record<ItemStatus, BadgeProps["color"]> = {
  pending: "informative",
  current: "brand",
  done: "success",
  withdrawn: "subtle",
};

const useStyles = makeStyles({
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
});

/** An item's status in words (never colour alone), on one line whatever the width. */
export function ItemStatusBadge({ status }: ItemStatusBadgeProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Badge
      className={styles.badge}
      appearance={status === "current" ? "filled" : "tint"}
      color={colors[status]}
    >
      {t.itemStatus[status]}
    </Badge>
  );
}
