import type { Lang, SessionState } from "@council/core";
import { formatDateTime, quorumStatus } from "@council/core";
import type { AdaptiveCard } from "./adaptive-card";
import { adaptiveCard, facts, heading, section, text } from "./adaptive-card";
import { cardText } from "./card-text";
import { agendaLines, sessionLine } from "./session-view";

/**
 * The card posted when the chair opens the session: date and time in the session's time zone,
 * place, the quorum as recorded at the opening, and the proposed agenda.
 */
export function sessionOpenedCard(state: SessionState, lang: Lang = "cs"): AdaptiveCard {
  const t = cardText(lang);
  const quorum = quorumStatus(state);
  const openedAt = state.openedAt ? formatDateTime(state.openedAt, state.timeZone, lang) : "";

  return adaptiveCard(lang, `${t.sessionOpened}: ${state.title}`, [
    sessionLine(state),
    heading(t.sessionOpened),
    facts([
      [t.time, openedAt],
      [t.place, state.place],
      [t.quorum, t.quorumValue(quorum.present, quorum.members, quorum.quorum)],
    ]),
    section([text(t.agenda, { weight: "bolder" }), text(agendaLines(state))]),
  ]);
}
