import type {
  AttendanceMode,
  Choice,
  FloorKind,
  ItemStatus,
  PresenceSignalKind,
  SessionCloseReason,
  SessionStatus,
  VoteOutcome,
} from "@council/core";
import type { BroadcastLinkState } from "../api/broadcast-status";
import type { Lang } from "../i18n/lang";
import type { PluralForms } from "../i18n/plural";
import type { ConnectionState } from "../live/live-store";
import type { ViewName } from "../routing/view-name";
import type { EventGroup } from "../session/event-group";
import type { MemberBallot } from "../session/named-votes";
import type { ErrorCode } from "./error-code";
import type { EventMessages } from "./event-messages";

/** The purposes a vote can have, as the core's VotePurpose names them. */
export type VotePurposeKind =
  "resolution" | "test" | "approve_agenda" | "add_item" | "withdraw_item" | "reorder_agenda";

/** The export files the service renders, by the file name it serves them under. */
export type ExportFile = "minutes.html" | "minutes.md" | "events.jsonl" | "chat-log.csv";

/**
 * Every text the tab shows, per language. Texts with numbers are functions so each language can
 * place and inflect them; nouns that are counted carry their plural forms. Czech texts avoid
 * gendered forms about a person: the roster does not record gender.
 */
export interface Messages {
  lang: Lang;
  appName: string;
  /** The document title: the view, then the session when known. */
  pageTitle: (view: string, session: string | undefined) => string;
  loading: string;
  language: string;
  languageNames: Record<Lang, string>;
  retry: string;
  dismiss: string;
  cancel: string;
  nouns: { vote: PluralForms; member: PluralForms; request: PluralForms };
  views: Record<ViewName | "public" | "config", string>;
  viewNav: string;
  connection: Record<ConnectionState, string>;
  sessionStatus: Record<SessionStatus, string>;
  itemStatus: Record<ItemStatus, string>;
  attendanceMode: Record<AttendanceMode | "unknown", string>;
  floorKind: Record<FloorKind, string>;
  outcome: Record<VoteOutcome, string>;
  /** The ballot buttons. */
  choice: Record<Choice, string>;
  /** A member's own confirmed ballot, after "Your ballot:". */
  myBallot: Record<Choice, string>;
  /** How a member stands in a vote, in lists of names and on the seat map. */
  memberBallot: Record<MemberBallot, string>;
  /** A present member who has not voted yet in an open vote. */
  memberPending: string;
  closeReason: Record<SessionCloseReason, string>;
  presenceSignal: Record<PresenceSignalKind, string>;
  purpose: Record<VotePurposeKind, string>;
  header: {
    signedInAs: (name: string) => string;
    scheduledFor: (when: string) => string;
    present: (present: number, members: number) => string;
    quorumNeeded: (quorum: number) => string;
    quorumMet: string;
    quorumNotMet: string;
    quorumLost: string;
  };
  quorum: {
    lostTitle: string;
    lostAt: (time: string) => string;
    endInstruction: string;
    suspendInstruction: string;
    memberNote: string;
  };
  agenda: {
    title: string;
    empty: string;
    number: string;
    reporter: (name: string) => string;
    added: string;
    start: string;
    approved: string;
    notApproved: string;
    currentItem: string;
  };
  agendaEdit: {
    title: string;
    moveUp: (title: string) => string;
    moveDown: (title: string) => string;
    withdraw: string;
    withdrawByVote: string;
    orderChanged: string;
    applyOrder: string;
    reorderByVote: string;
    resetOrder: string;
    addTitle: string;
    hideAdd: string;
    itemTitle: string;
    itemReporter: string;
    itemDraft: string;
    add: string;
    addByVote: string;
    byVoteHint: string;
    byVoteNeedsItem: string;
    directHint: string;
  };
  item: {
    title: string;
    none: string;
    draftResolution: string;
    noDraft: string;
    end: string;
    showMore: string;
    showLess: string;
    startedAt: (time: string) => string;
    noNumber: string;
  };
  conflict: {
    declare: string;
    noteLabel: string;
    confirm: string;
    declaredBars: string;
    declaredMayVote: string;
    explain: string;
  };
  vote: {
    title: (num: number, purpose: string) => string;
    testMotion: string;
    motionLabel: string;
    kindLabel: string;
    open: string;
    openerTitle: string;
    tallyCaption: string;
    yes: string;
    no: string;
    abstain: string;
    notYetVoted: string;
    notVoting: string;
    absent: string;
    present: string;
    quorum: string;
    needed: string;
    neededUnknown: string;
    castPrompt: string;
    castSoFar: (count: number) => string;
    yourBallot: (choice: string) => string;
    confirmed: string;
    sending: string;
    notVotedYet: string;
    cannotVote: Record<"not_seat" | "not_present" | "conflict" | "closed", string>;
    noneOpen: string;
    close: string;
    openedAt: (time: string) => string;
    neededLine: (needed: number | null) => string;
  };
  result: {
    title: (num: number) => string;
    namedVotes: string;
    showNames: string;
    hideNames: string;
    counts: (yes: number, no: number, abstain: number, notVoting: number, absent: number) => string;
    secretNote: string;
    closedAt: (time: string) => string;
    all: string;
    none: string;
  };
  floor: {
    title: string;
    current: string;
    nobody: string;
    since: (time: string) => string;
    queue: string;
    queueEmpty: string;
    queueCount: (count: number) => string;
    requestSpeech: string;
    requestTechnical: string;
    requestFactual: string;
    withdraw: string;
    yourPlace: (place: number, kind: string) => string;
    youSpeak: string;
    grantNext: string;
    grantTo: string;
    grant: string;
    grantMember: (name: string) => string;
    removeRequest: (name: string) => string;
    chooseMember: string;
    end: string;
    timeLeft: string;
    overTime: string;
    countdown: (text: string, over: boolean) => string;
    localTimer: string;
    pause: string;
    resume: string;
    extend: string;
    next: string;
  };
  attendance: {
    title: string;
    summary: (room: number, remote: number, absent: number) => string;
    name: string;
    mode: string;
    iAmHere: string;
    iAmHereHint: string;
    mine: (mode: string) => string;
    signals: string;
    signal: (kind: string, time: string) => string;
    noSignal: string;
    showRoll: string;
    hideRoll: string;
  };
  chair: {
    toolbar: string;
    openSession: string;
    voteOnAgenda: string;
    approveAgenda: string;
    agendaVoteNeedsItem: string;
    closeSession: string;
    confirmClose: string;
    shareStage: string;
    stageShared: string;
    broadcast: string;
    broadcastState: Record<BroadcastLinkState, string>;
    broadcastQueued: (count: number) => string;
    streamLink: string;
  };
  clerk: {
    log: string;
    filters: string;
    groups: Record<EventGroup, string>;
    time: string;
    entry: string;
    by: string;
    emptyLog: string;
    chatLog: string;
    chatEmpty: string;
    chatUnavailable: string;
    chatStatus: (status: string, attempts: number) => string;
    exports: string;
    exportNames: Record<ExportFile, string>;
    service: string;
  };
  stage: {
    item: (number: string) => string;
    speaker: string;
    nextSpeakers: string;
    seatMap: string;
    groups: string;
    seatLabel: (name: string, group: string, ballot: string) => string;
    clock: string;
  };
  live: {
    readOnly: string;
    stream: string;
    now: string;
    voteInProgress: (num: number) => string;
  };
  config: {
    title: string;
    intro: string;
    choose: string;
    none: string;
    saveHint: string;
    outsideTeams: string;
    links: string;
    tabLink: string;
    stageLink: string;
    publicLink: string;
    bindFailed: string;
    create: {
      title: string;
      sessionTitle: string;
      council: string;
      place: string;
      date: string;
      time: string;
      timeHint: string;
      ruleSet: string;
      ruleSets: Record<"cz-municipal" | "votes-cast", string>;
      agenda: string;
      agendaHint: string;
      agendaCount: (items: number) => string;
      agendaEmpty: string;
      agendaDuplicate: (ids: string) => string;
      roster: string;
      rosterHint: string;
      rosterCount: (members: number) => string;
      rosterProblem: {
        not_json: string;
        not_a_list: string;
        empty: string;
        bad_member: (entry: number, field: string) => string;
        duplicate_id: (id: string) => string;
      };
      badTime: string;
      submit: string;
      creating: string;
      notOnRoster: string;
      created: (title: string) => string;
      createdNotBound: (title: string) => string;
    };
  };
  announce: {
    voteOpened: (num: number, motion: string) => string;
    voteClosed: (num: number, explanation: string) => string;
    floorGranted: (name: string) => string;
    floorEnded: string;
    itemStarted: (title: string) => string;
  };
  events: EventMessages;
  errors: Record<ErrorCode, string>;
  errorTitle: string;
}
