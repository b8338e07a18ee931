/** Lines of the clerk's log, one per event type; names and titles are filled in by the caller. */
export interface EventMessages {
  sessionCreated: (title: string) => string;
  sessionOpened: (present: number, quorum: number) => string;
  sessionClosed: (reason: string) => string;
  attendance: (name: string, mode: string) => string;
  quorumLost: (present: number, quorum: number) => string;
  quorumRestored: (present: number, quorum: number) => string;
  agendaApproved: (voteNumber: number | undefined) => string;
  itemAdded: (item: string) => string;
  itemWithdrawn: (item: string) => string;
  agendaReordered: (order: string) => string;
  itemStarted: (item: string) => string;
  itemEnded: (item: string) => string;
  floorRequested: (name: string, kind: string) => string;
  floorRequestWithdrawn: (name: string) => string;
  floorGranted: (name: string, kind: string) => string;
  floorEnded: (name: string) => string;
  conflictDeclared: (name: string, item: string, note: string | undefined) => string;
  meetingStarted: (title: string | undefined) => string;
  meetingEnded: string;
  presenceSignal: (name: string, signal: string) => string;
  voteOpened: (voteNumber: number, motion: string) => string;
  ballotCast: (voteNumber: number, name: string, ballot: string) => string;
  voteClosed: (voteNumber: number, outcome: string, counts: string) => string;
}
