import type { EventMessages } from "./event-messages";

/** The clerk's log in Czech: "who: what" lines, so no line depends on a person's gender. */
export const csEvents: EventMessages = {
  sessionCreated: (title) => `Zasedání připraveno: ${title}`,
  sessionOpened: (present, quorum) =>
    `Zasedání zahájeno (přítomno ${present}, k usnášeníschopnosti třeba ${quorum})`,
  sessionClosed: (reason) => `Zasedání ukončeno: ${reason}`,
  attendance: (name, mode) => `Prezence: ${name} – ${mode}`,
  quorumLost: (present, quorum) =>
    `Usnášeníschopnost ztracena (přítomno ${present}, třeba ${quorum})`,
  quorumRestored: (present, quorum) =>
    `Usnášeníschopnost obnovena (přítomno ${present}, třeba ${quorum})`,
  agendaApproved: (vote) => (vote ? `Program schválen hlasováním č. ${vote}` : "Program schválen"),
  itemAdded: (item) => `Bod doplněn do programu: ${item}`,
  itemWithdrawn: (item) => `Bod stažen z programu: ${item}`,
  agendaReordered: (order) => `Nové pořadí programu: ${order}`,
  itemStarted: (item) => `Projednávání bodu zahájeno: ${item}`,
  itemEnded: (item) => `Projednávání bodu ukončeno: ${item}`,
  floorRequested: (name, kind) => `Přihláška do rozpravy: ${name} (${kind})`,
  floorRequestWithdrawn: (name) => `Přihláška do rozpravy stažena: ${name}`,
  floorGranted: (name, kind) => `Slovo: ${name} (${kind})`,
  floorEnded: (name) => `Konec příspěvku: ${name}`,
  conflictDeclared: (name, item, note) =>
    `Střet zájmů oznámen: ${name}, bod ${item}${note ? ` – ${note}` : ""}`,
  meetingStarted: (title) => `Schůzka v Teams začala${title ? `: ${title}` : ""}`,
  meetingEnded: "Schůzka v Teams skončila",
  presenceSignal: (name, signal) => `Teams: ${name} – ${signal}`,
  voteOpened: (num, motion) => `Hlasování č. ${num} zahájeno: ${motion}`,
  ballotCast: (num, name, ballot) => `Hlasování č. ${num}: ${name} – ${ballot}`,
  voteClosed: (num, outcome, counts) => `Hlasování č. ${num} ukončeno: ${outcome} (${counts})`,
};
