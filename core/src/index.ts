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
  ItemDraft,
  SessionEvent,
  SessionEventType,
  Actor,
  LoggedEvent,
} from "./events";
export type { VoteCounts, VoteOutcome, VoteResult } from "./vote-result";
export type { Command, CommandType, CommandContext } from "./commands";
export type {
  SessionStatus,
  ItemStatus,
  AgendaItem,
  Presence,
  FloorRequest,
  Speech,
  Conflict,
  Vote,
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
