import type { Member, SessionState } from "@council/core";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { RefusalMessage } from "./refusal-message";

export interface ConflictDeclarationProps {
  state: SessionState;
  me: Member;
  itemId: string;
  commands: CommandSender;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * A member declares a conflict of interest for the item, with an optional note for the minutes;
 * once declared it says whether the rules still let them vote.
 */
export function ConflictDeclaration({ state, me, itemId, commands }: ConflictDeclarationProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const declared = state.conflicts.find((c) => c.memberId === me.id && c.itemId === itemId);
  const { send, busy, failure, clearFailure } = commands;

  if (declared) {
    return (
      <div className={styles.box} data-testid="conflict-declared">
        <Body1>
          {state.rules.conflictBarsVote ? t.conflict.declaredBars : t.conflict.declaredMayVote}
        </Body1>
        {declared.note ? <Caption1>{declared.note}</Caption1> : null}
      </div>
    );
  }

  const declare = () => {
    const trimmed = note.trim();
    send({ type: "declare_conflict", itemId, ...(trimmed ? { note: trimmed } : {}) }, "conflict");
    setOpen(false);
  };

  return (
    <div className={styles.box}>
      {open ? (
        <>
          <Caption1>{t.conflict.explain}</Caption1>
          <Field label={t.conflict.noteLabel}>
            <Textarea
              value={note}
              onChange={(_, data) => setNote(data.value)}
              resize="vertical"
              data-testid="conflict-note"
            />
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={declare}
              data-testid="conflict-confirm"
            >
              {t.conflict.confirm}
            </Button>
            <Button onClick={() => setOpen(false)}>{t.cancel}</Button>
          </div>
        </>
      ) : (
        <div className={styles.actions}>
          <Button size="small" onClick={() => setOpen(true)} data-testid="declare-conflict">
            {t.conflict.declare}
          </Button>
        </div>
      )}
      <RefusalMessage failure={failure} origins={["conflict"]} onDismiss={clearFailure} />
    </div>
  );
}
