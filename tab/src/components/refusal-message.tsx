import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CommandFailure } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { errorMessage } from "../i18n/error-message";

export interface RefusalMessageProps {
  failure: CommandFailure | undefined;
  /** The controls whose refusals show here. */
  origins: readonly string[];
  onDismiss: () => void;
}

const useStyles = makeStyles({
  box: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
  },
  text: { display: "flex", flexDirection: "column" },
});

/**
 * Why the server refused a control's command, shown right beside that control. The text is
 * also read out by the page's refusal announcer, so this box itself is not a live region.
 */
export function RefusalMessage({ failure, origins, onDismiss }: RefusalMessageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!failure || !origins.includes(failure.origin)) return null;
  return (
    <div className={styles.box} data-testid="command-error" data-code={failure.code}>
      <div className={styles.text}>
        <Text weight="semibold">{t.errorTitle}</Text>
        <Text>{errorMessage(t, failure.code, failure.message)}</Text>
      </div>
      <Button size="small" appearance="subtle" onClick={onDismiss}>
        {t.dismiss}
      </Button>
    </div>
  );
}
