import type { EventMessages } from "./event-messages";

/** The clerk's log in English. */
export const enEvents: EventMessages = {
  sessionCreated: (title) => `Session prepared: ${title}`,
  sessionOpened: (present, quorum) => `Session opened (${present} present, quorum ${quorum})`,
  sessionClosed: (reason) => `Session closed: ${reason}`,
  attendance: (name, mode) => `Attendance: ${name} – ${mode}`,
  quorumLost: (present, quorum) => `Quorum lost (${present} present, ${quorum} needed)`,
  quorumRestored: (present, quorum) => `Quorum restored (${present} present, ${quorum} needed)`,
  agendaApproved: (vote) => (vote ? `Agenda approved by vote no. ${vote}` : "Agenda approved"),
  itemAdded: (item) => `Item added to the agenda: ${item}`,
  itemWithdrawn: (item) => `Item withdrawn from the agenda: ${item}`,
  agendaReordered: (order) => `New order of the agenda: ${order}`,
  itemStarted: (item) => `Item started: ${item}`,
  itemEnded: (item) => `Item ended: ${item}`,
  floorRequested: (name, kind) => `Request to speak: ${name} (${kind})`,
  floorRequestWithdrawn: (name) => `Request to speak withdrawn: ${name}`,
  floorGranted: (name, kind) => `Floor: ${name} (${kind})`,
  floorEnded: (name) => `Speech ended: ${name}`,
  conflictDeclared: (name, item, note) =>
    `Conflict of interest declared: ${name}, item ${item}${note ? ` – ${note}` : ""}`,
  meetingStarted: (title) => `Teams meeting started${title ? `: ${title}` : ""}`,
  meetingEnded: "Teams meeting ended",
  presenceSignal: (name, signal) => `Teams: ${name} – ${signal}`,
  voteOpened: (num, motion) => `Vote no. ${num} opened: ${motion}`,
  ballotCast: (num, name, ballot) => `Vote no. ${num}: ${name} – ${ballot}`,
  voteClosed: (num, outcome, counts) => `Vote no. ${num} closed: ${outcome} (${counts})`,
};
