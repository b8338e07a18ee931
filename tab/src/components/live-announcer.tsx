import { makeStyles } from "@fluentui/react-components";

export interface LiveAnnouncerProps {
  text: string;
}

const useStyles = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

/** A polite live region that reads out vote results, floor changes and new items. */
export function LiveAnnouncer({ text }: LiveAnnouncerProps) {
  const styles = useStyles();
  return (
    <div className={styles.hidden} role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
