import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useI18n } from "../hooks/use-i18n";

export interface FoldableTextProps {
  text: string;
  testId?: string;
  /** Texts longer than this start folded to a few lines. */
  foldAt?: number;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  folded: {
    display: "-webkit-box",
    WebkitLineClamp: "4",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  toggle: { alignSelf: "flex-start", paddingInline: 0, minWidth: 0 },
});

/**
 * A long text (a draft resolution, a motion) folded to four lines with a button to unfold, so
 * what follows it (the ballot) stays in view in a narrow side panel.
 */
export function FoldableText({ text, testId, foldAt = 220 }: FoldableTextProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [unfolded, setUnfolded] = useState(false);
  const id = useId();
  const foldable = text.length > foldAt;
  return (
    <div className={styles.box}>
      <Body1
        id={id}
        className={foldable && !unfolded ? `${styles.text} ${styles.folded}` : styles.text}
        data-testid={testId}
      >
        {text}
      </Body1>
      {foldable ? (
        <Button
          className={styles.toggle}
          size="small"
          appearance="transparent"
          aria-expanded={unfolded}
          aria-controls={id}
          onClick={() => setUnfolded(!unfolded)}
        >
          {unfolded ? t.item.showLess : t.item.showMore}
        </Button>
      ) : null}
    </div>
  );
}
