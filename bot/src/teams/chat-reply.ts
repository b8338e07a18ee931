import type { Lang, SessionState, Vote } from "@council/core";
import type { AdaptiveCard } from "./cards/adaptive-card";
import { agendaCard } from "./cards/agenda-card";
import { findItem, itemNumber, sessionTime } from "./cards/session-view";
import { voteResultCard } from "./cards/vote-result-card";
import type { ChatCommand } from "./chat-command";
import type { ChatText } from "./chat-text";
import { chatText } from "./chat-text";

/** The bot's answer to a chat command: a line of text, or a card. */
export type ChatReply = { text: string } | { card: AdaptiveCard };

/**
 * Answers a chat command from the state of the session the chat follows; without one (the chat
 * is not bound yet) every command but help gets a short explanation of how to link the chat.
 */
export function chatReply(command: ChatCommand, state: SessionState | undefined): ChatReply {
  const t = chatText(command.lang);
  if (command.kind === "help") return { text: helpText(t, Boolean(state), command.understood) };
  if (!state) return { text: t.unbound };

  switch (command.kind) {
    case "agenda":
      return { card: agendaCard(state, command.lang) };
    case "current_item":
      return { text: currentItem(state, t) };
    case "current_speaker":
      return { text: currentSpeaker(state, t, command.lang) };
    case "result":
      return voteResult(state, command.lang, t, command.voteNumber);
  }
}

/** What the bot is, whether this chat follows a session, and the commands it understands. */
export function helpText(t: ChatText, bound: boolean, understood = true): string {
  const opening = [understood ? "" : t.notUnderstood, t.intro, bound ? t.bound : t.unbound];
  return [opening.filter(Boolean).join(" "), t.commands.join("\n"), `${t.posts} ${t.tab}`].join(
    "\n\n",
  );
}

function currentItem(state: SessionState, t: ChatText): string {
  const item = state.currentItemId ? findItem(state, state.currentItemId) : undefined;
  if (!item) return statusLine(state, t) ?? t.noItem;

  const lines = [t.item(itemNumber(state, item.id), item.title)];
  if (item.reporter) lines.push(t.reporter(item.reporter));
  const vote = currentVote(state);
  if (vote) lines.push(t.voteRunning(vote.number));
  return lines.join(" ");
}

function currentSpeaker(state: SessionState, t: ChatText, lang: Lang): string {
  const waiting = state.queue.map((request) => memberName(state, request.memberId));
  const floor = state.floor;
  if (!floor) return [statusLine(state, t) ?? t.nobodySpeaking, t.queue(waiting)].join(" ");

  const since = sessionTime(state, floor.startedAt, lang);
  return [t.floor[floor.kind](memberName(state, floor.memberId), since), t.queue(waiting)].join(
    " ",
  );
}

function voteResult(state: SessionState, lang: Lang, t: ChatText, number?: number): ChatReply {
  const closed = state.votes.filter((vote) => vote.status === "closed");
  if (number === undefined) {
    const latest = closed.at(-1);
    return latest ? { card: voteResultCard(state, latest, lang) } : { text: t.noVotesYet };
  }

  const vote = state.votes.find((candidate) => candidate.number === number);
  if (!vote) return { text: t.noSuchVote(number) };
  if (vote.status === "open") return { text: t.voteStillOpen(number) };
  return { card: voteResultCard(state, vote, lang) };
}

/** Before the opening and after the close there is no item or speaker to speak of. */
function statusLine(state: SessionState, t: ChatText): string | undefined {
  if (state.status === "scheduled") return t.notOpenYet;
  if (state.status === "closed") return t.closed;
  return undefined;
}

function currentVote(state: SessionState): Vote | undefined {
  return state.votes.find((vote) => vote.id === state.currentVoteId);
}

function memberName(state: SessionState, memberId: string): string {
  return state.members.find((member) => member.id === memberId)?.name ?? memberId;
}
