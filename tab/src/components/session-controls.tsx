import type { Command, SessionState } from "@council/core";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CommandSender } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { RefusalMessage } from "./refusal-message";

export interface SessionControlsProps {
  state: SessionState;
  commands: CommandSender;
}

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The agenda approval command: direct, or a vote on it where the rules want one (§94). */
function approvalCommand(state: SessionState): Command {
  if (!state.rules.agendaChangesNeedVote) return { type: "approve_agenda" };
  return { type: "open_vote", purpose: { kind: "approve_agenda" } };
}

/**
 * The session-wide controls of the chair: open, approve the agenda, close. Closing asks once
 * more, as it cannot be undone.
 */
export function SessionControls({ state, commands }: SessionControlsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const { send, busy, failure, clearFailure } = commands;
  const open = state.status === "open";
  const byVote = state.rules.agendaChangesNeedVote;
  const agendaBlocked = byVote && (!state.currentItemId || state.currentVoteId !== undefined);

  return (
    <div className={styles.box}>
      <div
        className={styles.bar}
        role="group"
        aria-label={t.chair.toolbar}
        data-testid="chair-toolbar"
      >
        {state.status === "scheduled" ? (
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => send({ type: "open_session" }, "session")}
            data-testid="open-session"
          >
            {t.chair.openSession}
          </Button>
        ) : null}
        {open && !state.agendaApproved ? (
          <Button
            disabled={busy || agendaBlocked}
            onClick={() => send(approvalCommand(state), "session")}
            data-testid="approve-agenda"
          >
            {byVote ? t.chair.voteOnAgenda : t.chair.approveAgenda}
          </Button>
        ) : null}
        {open && !confirming ? (
          <Button disabled={busy} onClick={() => setConfirming(true)} data-testid="close-session">
            {t.chair.closeSession}
          </Button>
        ) : null}
        {open && confirming ? (
          <>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                send({ type: "close_session" }, "session");
              }}
              data-testid="close-session-confirm"
            >
              {t.chair.confirmClose}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t.cancel}</Button>
          </>
        ) : null}
      </div>
      {open && !state.agendaApproved && agendaBlocked && !state.currentItemId ? (
        <Caption1>{t.chair.agendaVoteNeedsItem}</Caption1>
      ) : null}
      <RefusalMessage failure={failure} origins={["session"]} onDismiss={clearFailure} />
    </div>
  );
}
