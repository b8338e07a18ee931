import type { Command, SessionState } from "@council/core";
import {
  Caption1,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useI18n } from "../hooks/use-i18n";

export interface ChairToolbarProps {
  state: SessionState;
  send: (command: Command) => void;
  busy: boolean;
}

const useStyles = makeStyles({
  bar: {
    flexWrap: "wrap",
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
export function ChairToolbar({ state, send, busy }: ChairToolbarProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const open = state.status === "open";
  const byVote = state.rules.agendaChangesNeedVote;
  const agendaBlocked = byVote && (!state.currentItemId || state.currentVoteId !== undefined);

  return (
    <div>
      <Toolbar aria-label={t.chair.toolbar} className={styles.bar} data-testid="chair-toolbar">
        {state.status === "scheduled" ? (
          <ToolbarButton
            appearance="primary"
            disabled={busy}
            onClick={() => send({ type: "open_session" })}
            data-testid="open-session"
          >
            {t.chair.openSession}
          </ToolbarButton>
        ) : null}
        {open && !state.agendaApproved ? (
          <ToolbarButton
            disabled={busy || agendaBlocked}
            onClick={() => send(approvalCommand(state))}
            data-testid="approve-agenda"
          >
            {byVote ? t.chair.voteOnAgenda : t.chair.approveAgenda}
          </ToolbarButton>
        ) : null}
        {open ? <ToolbarDivider /> : null}
        {open && !confirming ? (
          <ToolbarButton
            disabled={busy}
            onClick={() => setConfirming(true)}
            data-testid="close-session"
          >
            {t.chair.closeSession}
          </ToolbarButton>
        ) : null}
        {open && confirming ? (
          <>
            <ToolbarButton
              appearance="primary"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                send({ type: "close_session" });
              }}
              data-testid="close-session-confirm"
            >
              {t.chair.confirmClose}
            </ToolbarButton>
            <ToolbarButton onClick={() => setConfirming(false)}>{t.chair.cancel}</ToolbarButton>
          </>
        ) : null}
      </Toolbar>
      {open && !state.agendaApproved && agendaBlocked && !state.currentItemId ? (
        <Caption1>{t.chair.agendaVoteNeedsItem}</Caption1>
      ) : null}
    </div>
  );
}
