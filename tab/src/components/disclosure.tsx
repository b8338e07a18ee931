import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useId, useState } from "react";

export interface DisclosureProps {
  showLabel: string;
  hideLabel: string;
  defaultOpen?: boolean;
  children: ReactNode;
  testId?: string;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toggle: { alignSelf: "flex-start" },
});

/** A button that shows or hides a block, with its state told to assistive technology. */
export function Disclosure({
  showLabel,
  hideLabel,
  defaultOpen = false,
  children,
  testId,
}: DisclosureProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div className={styles.box}>
      <Button
        className={styles.toggle}
        size="small"
        appearance="subtle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid={testId}
      >
        {open ? hideLabel : showLabel}
      </Button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
