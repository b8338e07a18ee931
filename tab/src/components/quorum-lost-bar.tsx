import type { SessionState } from "@council/core";
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";

export interface QuorumLostBarProps {
  state: SessionState;
  /** The chair's way out, such as closing the session. */
  action?: ReactNode;
}

/**
 * A warning nobody can miss while quorum is lost: since when, and what the rules say happens
 * now (the session ends, or business waits).
 */
export function QuorumLostBar({ state, action }: QuorumLostBarProps) {
  const { t, lang } = useI18n();
  if (!state.quorumLostAt || state.status !== "open") return null;
  const next =
    state.rules.onQuorumLoss === "end" ? t.quorum.endInstruction : t.quorum.suspendInstruction;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="quorum-lost">
      <MessageBarBody>
        <MessageBarTitle>{t.quorum.lostTitle}</MessageBarTitle>
        {t.quorum.lostAt(sessionTime(state.quorumLostAt, state.timeZone, lang))} {next}{" "}
        {action ? null : t.quorum.memberNote}
      </MessageBarBody>
      {action ? <MessageBarActions>{action}</MessageBarActions> : null}
    </MessageBar>
  );
}
