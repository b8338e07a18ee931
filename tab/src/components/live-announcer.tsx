import { makeStyles } from "@fluentui/react-components";

export interface LiveAnnouncerProps {
  text: string;
  /** "assertive" interrupts: for refusals, which the person is waiting on. */
  politeness?: "polite" | "assertive";
  testId?: string;
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

/**
 * A live region, mounted from the start so a change of its text is read out: vote results,
 * floor changes and new items politely, refusals assertively.
 */
export function LiveAnnouncer({ text, politeness = "polite", testId }: LiveAnnouncerProps) {
  const styles = useStyles();
  return (
    <div
      className={styles.hidden}
      role={politeness === "assertive" ? "alert" : "status"}
      aria-live={politeness}
      data-testid={testId ?? (politeness === "assertive" ? "refusal-announcer" : "announcer")}
    >
      {text}
    </div>
  );
}
