import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { formatCountdown } from "../session/speaking-time";

export interface SpeakerCountdownProps {
  remainingMs: number;
  limitMs: number;
  /** "stage" for the big screen, readable from the back of the room. */
  size?: "panel" | "stage";
}

/** Under this much time left the bar turns to a warning. */
const WARN_MS = 30_000;

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  line: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  panel: { fontSize: tokens.fontSizeBase600, fontVariantNumeric: "tabular-nums" },
  stage: { fontSize: "min(11vw, 20vh)", lineHeight: 1, fontVariantNumeric: "tabular-nums" },
  stageLabel: { fontSize: "min(2vw, 3.6vh)" },
  stageBar: { height: "1.2vh" },
  over: { color: tokens.colorStatusDangerForeground1 },
});

/**
 * The speaking time left as minutes and seconds with a bar; over time it says so in words and
 * counts up, so the state is never told by the bar's colour alone.
 */
export function SpeakerCountdown({ remainingMs, limitMs, size = "panel" }: SpeakerCountdownProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const over = remainingMs < 0;
  const text = formatCountdown(remainingMs);
  const value = Math.max(0, Math.min(1, remainingMs / Math.max(1, limitMs)));
  const bar = over ? "error" : remainingMs < WARN_MS ? "warning" : "brand";
  return (
    <div
      className={styles.box}
      role="timer"
      aria-label={t.floor.countdown(text, over)}
      data-testid="countdown"
      data-over={String(over)}
    >
      <div className={styles.line}>
        <Text size={300} className={size === "stage" ? styles.stageLabel : undefined}>
          {over ? t.floor.overTime : t.floor.timeLeft}
        </Text>
        <Text
          weight="semibold"
          className={`${size === "stage" ? styles.stage : styles.panel}${over ? ` ${styles.over}` : ""}`}
          data-testid="countdown-text"
        >
          {text}
        </Text>
      </div>
      <ProgressBar
        className={size === "stage" ? styles.stageBar : undefined}
        value={over ? 1 : value}
        color={bar}
        thickness="large"
        aria-hidden="true"
      />
    </div>
  );
}
