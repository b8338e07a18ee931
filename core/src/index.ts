export type { Role, Member, Roster } from "./roster";
export { holdsSeat, seatHolders, findMember, listName } from "./roster";
export type { Fraction, Threshold, MajorityBase, QuorumCheck, RuleSet } from "./rules";
export { czMunicipal, votesCast, ruleSets, findRuleSet, neededCount } from "./rules";
export type { RefusalCode, Refusal } from "./refusal";
export { refusal } from "./refusal";
export type {
  AttendanceMode,
  Choice,
  FloorKind,
  SessionCloseReason,
  PresenceSignalKind,
  PresenceSignalSource,
  ItemDraft,
  VotePurpose,
  SessionEvent,
  SessionEventType,
  Actor,
  LoggedEvent,
} from "./events";
export type { VoteCounts, VoteOutcome, VoteResult } from "./vote-result";
export type { Command, CommandType, CommandContext, PurposeRequest } from "./commands";
export type {
  SessionStatus,
  ItemStatus,
  AgendaItem,
  Presence,
  FloorRequest,
  Speech,
  Conflict,
  Vote,
  MeetingRecord,
  PresenceSignal,
  SessionState,
} from "./state";
export type {
  ErrorBody,
  CommandAccepted,
  SessionSummary,
  ClientMessage,
  ServerMessage,
} from "./wire";
export { PROTOCOL_VERSION } from "./wire";
export type { QuorumStatus } from "./quorum";
export { isPresent, quorumStatus } from "./quorum";
export type { LiveTally } from "./tally";
export { countBallots, tallyVote, decideResult } from "./tally";
export type { Lang } from "./explain-result";
export { explainResult } from "./explain-result";
export type { Decision } from "./decision";
export { decide } from "./decide";
export { DEFAULT_TIME_ZONE } from "./decide-session";
export { nextInQueue } from "./decide-floor";
export { resultOf } from "./decide-vote";
export { applyEvent, createState, foldEvents, assertNever } from "./fold";
export type { Execution } from "./execute";
export { execute, applyAll } from "./execute";
export { formatDateTime, formatTime } from "./time";
export { itemNumber, numberLabel } from "./item-number";
