import type { ItemDraft } from "@council/core";
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../hooks/use-i18n";
import { Disclosure } from "./disclosure";

export interface AddItemFormProps {
  /** Whether adding takes a vote (the agenda is approved), which changes the button. */
  byVote: boolean;
  disabled: boolean;
  onAdd: (item: Omit<ItemDraft, "id">) => void;
}

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  submit: { alignSelf: "flex-start" },
});

/** A new agenda item: title, who presents it and its draft resolution. */
export function AddItemForm({ byVote, disabled, onAdd }: AddItemFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [title, setTitle] = useState("");
  const [reporter, setReporter] = useState("");
  const [draft, setDraft] = useState("");

  const submit = () => {
    const item: Omit<ItemDraft, "id"> = { title: title.trim() };
    if (reporter.trim()) item.reporter = reporter.trim();
    if (draft.trim()) item.draftResolution = draft.trim();
    onAdd(item);
    setTitle("");
    setReporter("");
    setDraft("");
  };

  return (
    <Disclosure
      showLabel={t.agendaEdit.addTitle}
      hideLabel={t.agendaEdit.hideAdd}
      testId="add-item-toggle"
    >
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          if (title.trim()) submit();
        }}
      >
        <Field label={t.agendaEdit.itemTitle} required>
          <Input
            value={title}
            onChange={(_, data) => setTitle(data.value)}
            data-testid="add-item-title"
          />
        </Field>
        <Field label={t.agendaEdit.itemReporter}>
          <Input value={reporter} onChange={(_, data) => setReporter(data.value)} />
        </Field>
        <Field label={t.agendaEdit.itemDraft}>
          <Textarea value={draft} onChange={(_, data) => setDraft(data.value)} resize="vertical" />
        </Field>
        <Button
          className={styles.submit}
          type="submit"
          appearance="primary"
          disabled={disabled || !title.trim()}
          data-testid="add-item-submit"
        >
          {byVote ? t.agendaEdit.addByVote : t.agendaEdit.add}
        </Button>
      </form>
    </Disclosure>
  );
}
