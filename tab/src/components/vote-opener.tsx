import type { AgendaItem } from "@council/core";
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { RefusalMessage } from "./refusal-message";

export interface VoteOpenerProps {
  item: AgendaItem;
  disabled: boolean;
  commands: CommandSender;
}

type Kind = "resolution" | "test";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The chair opens a vote on the item: on its draft resolution, edited if the debate changed it,
 * or a test vote, which carries no motion so every screen names it in its own language.
 */
export function VoteOpener({ item, disabled, commands }: VoteOpenerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const draft = item.draftResolution ?? item.title;
  const [motion, setMotion] = useState(draft);
  const [kind, setKind] = useState<Kind>("resolution");
  const { send, busy, failure, clearFailure } = commands;

  useEffect(() => {
    setMotion(draft);
    setKind("resolution");
  }, [item.id, draft]);

  const open = () => {
    if (kind === "test") return send({ type: "open_vote", purpose: { kind: "test" } }, "vote-open");
    const text = motion.trim();
    send(
      { type: "open_vote", ...(text && text !== draft.trim() ? { motion: text } : {}) },
      "vote-open",
    );
  };

  return (
    <div className={styles.box} data-testid="vote-opener">
      <RadioGroup
        layout="horizontal"
        aria-label={t.vote.kindLabel}
        value={kind}
        onChange={(_, data) => setKind(data.value as Kind)}
      >
        <Radio value="resolution" label={t.purpose.resolution} data-testid="vote-kind-resolution" />
        <Radio value="test" label={t.purpose.test} data-testid="vote-kind-test" />
      </RadioGroup>
      {kind === "resolution" ? (
        <Field label={t.vote.motionLabel}>
          <Textarea
            value={motion}
            onChange={(_, data) => setMotion(data.value)}
            resize="vertical"
            rows={3}
            data-testid="vote-motion-input"
          />
        </Field>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || disabled}
          onClick={open}
          data-testid="open-vote"
        >
          {t.vote.open}
        </Button>
      </div>
      <RefusalMessage failure={failure} origins={["vote-open"]} onDismiss={clearFailure} />
    </div>
  );
}
