import type { SessionState } from "@council/core";
import { holdsSeat, isPresent } from "@council/core";
import { Button, Dropdown, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../hooks/use-i18n";
import { speakingOrder } from "../session/speaking-order";

export interface FloorChooserProps {
  state: SessionState;
  disabled: boolean;
  onGrant: (memberId: string) => void;
}

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** Lets the chair give the floor to a chosen person: those waiting first, then the roster. */
export function FloorChooser({ state, disabled, onGrant }: FloorChooserProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [chosen, setChosen] = useState<string>();
  const waiting = speakingOrder(state.queue).map((r) => r.memberId);
  // Absent seat holders cannot be given the floor; the clerk (no seat) can be.
  const others = state.members
    .filter((m) => !holdsSeat(m) || isPresent(state, m.id))
    .map((m) => m.id)
    .filter((id) => !waiting.includes(id));
  const nameOf = (id: string) => state.members.find((m) => m.id === id)?.name ?? id;
  return (
    <div className={styles.row}>
      <Dropdown
        aria-label={t.floor.grantTo}
        placeholder={t.floor.chooseMember}
        value={chosen ? nameOf(chosen) : ""}
        selectedOptions={chosen ? [chosen] : []}
        onOptionSelect={(_, data) => setChosen(data.optionValue)}
        data-testid="grant-choose"
      >
        {[...waiting, ...others].map((id) => (
          <Option key={id} value={id}>
            {nameOf(id)}
          </Option>
        ))}
      </Dropdown>
      <Button
        disabled={disabled || !chosen}
        onClick={() => chosen && onGrant(chosen)}
        data-testid="grant-member"
      >
        {t.floor.grant}
      </Button>
    </div>
  );
}
