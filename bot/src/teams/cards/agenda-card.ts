import type { AgendaItem, Lang, SessionState } from "@council/core";
import type { AdaptiveCard } from "./adaptive-card";
import { adaptiveCard, heading, subtle, text } from "./adaptive-card";
import type { CardText } from "./card-text";
import { cardText } from "./card-text";
import { activeAgenda, sessionLine } from "./session-view";

/**
 * The agenda as it stands, for the "program" chat command: numbered items with what has been
 * dealt with and what is being discussed, and whether the council has approved it yet.
 */
export function agendaCard(state: SessionState, lang: Lang = "cs"): AdaptiveCard {
  const t = cardText(lang);
  const lines = activeAgenda(state).map((item, index) => agendaLine(item, index + 1, t));

  return adaptiveCard(lang, `${t.agenda}: ${state.title}`, [
    sessionLine(state),
    heading(t.agenda),
    subtle(state.agendaApproved ? t.agendaApproved : t.agendaProposed),
    text(lines.join("\n")),
  ]);
}

function agendaLine(item: AgendaItem, number: number, t: CardText): string {
  const line = `${number}. ${item.title}`;
  if (item.status === "done") return `${line} (${t.itemProgress.done})`;
  if (item.status === "current") return `**${line}** (${t.itemProgress.current})`;
  return line;
}
