import type {
  AttendanceMode,
  Choice,
  FloorKind,
  ItemStatus,
  RefusalCode,
  Role,
  SessionStatus,
  VoteOutcome,
} from "@council/core";
import type { Lang } from "../i18n/lang";
import type { PluralForms } from "../i18n/plural";
import type { ConnectionState } from "../live/live-store";

/** Error codes of the service and the transport, besides the core's refusals. */
export type ServiceErrorCode =
  | "network"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "server_error"
  | "bad_response"
  | "protocol_mismatch"
  | "no_token"
  | "no_session"
  | "unauthenticated"
  | "token_invalid"
  | "token_expired"
  | "token_not_yet_valid"
  | "token_untrusted_issuer"
  | "token_wrong_audience"
  | "token_wrong_tenant"
  | "session_unavailable"
  | "bad_message"
  | "invalid_query"
  | "unknown";

/** The purposes a vote can have, as the core's VotePurpose names them. */
export type VotePurposeKind =
  "resolution" | "test" | "approve_agenda" | "add_item" | "withdraw_item" | "reorder_agenda";

/**
 * Every text the tab shows, per language. Texts with numbers are functions so each language can
 * place and inflect them; nouns that are counted carry their plural forms.
 */
export interface Messages {
  lang: Lang;
  appName: string;
  loading: string;
  language: string;
  languageNames: Record<Lang, string>;
  retry: string;
  dismiss: string;
  nouns: { vote: PluralForms; member: PluralForms };
  connection: Record<ConnectionState, string>;
  sessionStatus: Record<SessionStatus, string>;
  itemStatus: Record<ItemStatus, string>;
  role: Record<Role, string>;
  attendanceMode: Record<AttendanceMode | "unknown", string>;
  floorKind: Record<FloorKind, string>;
  outcome: Record<VoteOutcome, string>;
  choice: Record<Choice, string>;
  purpose: Record<VotePurposeKind, string>;
  header: {
    signedInAs: (name: string, role: string) => string;
    scheduledFor: (when: string) => string;
    present: (present: number, members: number) => string;
    quorumNeeded: (quorum: number) => string;
    quorumMet: string;
    quorumNotMet: string;
    quorumLost: string;
  };
  agenda: {
    title: string;
    empty: string;
    number: string;
    item: string;
    status: string;
    reporter: (name: string) => string;
    added: string;
    start: string;
    approved: string;
    notApproved: string;
  };
  item: {
    title: string;
    none: string;
    draftResolution: string;
    noDraft: string;
    end: string;
    openVote: string;
    openTestVote: string;
    startedAt: (time: string) => string;
  };
  vote: {
    title: (num: number, purpose: string) => string;
    motion: string;
    tallyCaption: string;
    yes: string;
    no: string;
    abstain: string;
    notYetVoted: string;
    present: string;
    quorum: string;
    needed: string;
    neededUnknown: string;
    castPrompt: string;
    castSoFar: (count: number) => string;
    yourBallot: (choice: string) => string;
    notVotedYet: string;
    cannotVote: Record<"not_seat" | "not_present" | "conflict", string>;
    close: string;
    openedAt: (time: string) => string;
  };
  result: {
    title: (num: number) => string;
    namedVotes: string;
    member: string;
    group: string;
    ballot: string;
    notVoting: string;
    absent: string;
    counts: (yes: number, no: number, abstain: number, notVoting: number, absent: number) => string;
    closedAt: (time: string) => string;
  };
  floor: {
    title: string;
    current: string;
    nobody: string;
    since: (time: string) => string;
    queue: string;
    queueEmpty: string;
    queueCount: (count: number) => string;
    request: string;
    withdraw: string;
    yourPlace: (place: number) => string;
    grantNext: string;
    grantTo: string;
    grant: string;
    chooseMember: string;
    end: string;
  };
  attendance: {
    title: string;
    summary: (room: number, remote: number, absent: number) => string;
    member: string;
    mode: string;
  };
  chair: {
    toolbar: string;
    openSession: string;
    approveAgenda: string;
    voteOnAgenda: string;
    agendaVoteNeedsItem: string;
    closeSession: string;
    confirmClose: string;
    cancel: string;
  };
  announce: {
    voteOpened: (num: number, motion: string) => string;
    voteClosed: (num: number, explanation: string) => string;
    floorGranted: (name: string) => string;
    floorEnded: string;
    itemStarted: (title: string) => string;
  };
  errors: Record<RefusalCode | ServiceErrorCode, string>;
  errorTitle: string;
}
