import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { LocalConnector } from "../../bot/src/teams/local-connector";
import { parseRequestBody, readRequestText } from "../../bot/src/teams/read-request-body";

/** A person in a fake meeting, with what Teams would say about them. */
export interface FakeParticipant {
  /** Entra object id: what the tab's SSO token names as `oid`. */
  aadObjectId: string;
  /** Teams user id (MRI); `29:` plus the object id unless given. */
  id?: string;
  name?: string;
  /** Teams' role string; anything, to test roles Teams may add later. */
  role: string;
  inMeeting?: boolean;
}

/** How a fake meeting answers: normally, as an app not installed (403), as expired (404). */
export type FakeMeetingMode = "ok" | "not_installed" | "expired";

/** One request the stand-in received. */
export interface MeetingApiCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  status: number;
}

/** A targeted meeting notification as the bot sent it, with the answer it got. */
export interface RecordedNotification {
  meetingId: string;
  recipients: string[];
  surfaces: unknown[];
  status: number;
  failed: string[];
}

interface FakeMeeting {
  conversationId: string;
  participants: FakeParticipant[];
  mode: FakeMeetingMode;
}

export interface FakeTeamsMeetingsOptions {
  /** The tenant the meetings belong to; a request naming another tenant gets 404. */
  tenantId?: string;
  /** Bot Connector routes it does not serve itself are forwarded here. */
  connector?: LocalConnector;
  /** The most members one page of `pagedmembers` holds, whatever the caller asks. */
  maxPageSize?: number;
}

const PARTICIPANT = /^\/v1\/meetings\/([^/]+)\/participants\/([^/]+)$/;
const NOTIFICATION = /^\/v1\/meetings\/([^/]+)\/notification$/;
const PAGED_MEMBERS = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/;

/**
 * A local stand-in for the Teams meeting APIs the Agents Playground lacks, speaking their
 * documented shapes at one serviceUrl on 127.0.0.1 (a free port):
 * - `GET /v1/meetings/{meetingId}/participants/{participantId}?tenantId=` → `{ user, meeting:
 *   { role, inMeeting }, conversation }`, 403 when the app is "not installed", 404 when the
 *   meeting "expired" or the participant is unknown;
 * - `POST /v1/meetings/{meetingId}/notification` (targeted meeting notification) → 202, or 207
 *   with `recipientsFailureInfo` for recipients who are not in the meeting;
 * - `GET /v3/conversations/{id}/pagedmembers` → the meeting chat's members, paged;
 * - anything else is forwarded to a LocalConnector when one is given (posts, updates).
 * Every call is recorded.
 *
 * @example
 * const teams = await FakeTeamsMeetings.start({ tenantId });
 * teams.meeting("MCMeeting1", { conversationId, participants: [{ aadObjectId, role: "Organizer" }] });
 * // store a binding whose reference has serviceUrl: teams.serviceUrl
 */
export class FakeTeamsMeetings {
  readonly calls: MeetingApiCall[] = [];
  readonly notifications: RecordedNotification[] = [];
  private readonly meetings = new Map<string, FakeMeeting>();
  private readonly server: Server = createServer((req, res) => void this.handle(req, res));

  private constructor(private readonly options: FakeTeamsMeetingsOptions) {}

  /** Starts the stand-in on 127.0.0.1 at a free port. */
  static async start(options: FakeTeamsMeetingsOptions = {}): Promise<FakeTeamsMeetings> {
    const fake = new FakeTeamsMeetings(options);
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  /** The serviceUrl to store in a conversation reference, with a trailing slash as Teams has it. */
  get serviceUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Creates or replaces a meeting; its participants are also its chat's members. */
  meeting(meetingId: string, setup: { conversationId: string; participants: FakeParticipant[] }) {
    this.meetings.set(meetingId, { ...setup, mode: "ok" });
  }

  /** Changes how a meeting answers from now on. */
  setMode(meetingId: string, mode: FakeMeetingMode): void {
    this.meetingOf(meetingId).mode = mode;
  }

  /** Changes one participant's role, as promoting or demoting in Teams would. */
  setRole(meetingId: string, aadObjectId: string, role: string): void {
    const participant = this.meetingOf(meetingId).participants.find(
      (p) => p.aadObjectId === aadObjectId,
    );
    if (!participant) throw new Error(`no participant ${aadObjectId} in ${meetingId}`);
    participant.role = role;
  }

  /** Calls that asked for a participant's role. */
  participantCalls(): MeetingApiCall[] {
    return this.calls.filter((call) => PARTICIPANT.test(call.path));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private meetingOf(meetingId: string): FakeMeeting {
    const meeting = this.meetings.get(meetingId);
    if (!meeting) throw new Error(`no fake meeting ${meetingId}`);
    return meeting;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const text = await readRequestText(req);
    const call: MeetingApiCall = {
      method: req.method ?? "",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parseRequestBody(text),
      headers: req.headers,
      status: 0,
    };
    this.calls.push(call);

    const answer = this.route(call) ?? (await this.forward(call, text));
    call.status = answer.status;
    const body = answer.body === undefined ? "" : JSON.stringify(answer.body);
    res.writeHead(answer.status, { "content-type": "application/json" }).end(body);
  }

  private route(call: MeetingApiCall): Answer | undefined {
    const participant = PARTICIPANT.exec(call.path);
    if (participant && call.method === "GET")
      return this.participant(decode(participant[1]), decode(participant[2]), call.query);
    const notification = NOTIFICATION.exec(call.path);
    if (notification && call.method === "POST")
      return this.notify(decode(notification[1]), call.body);
    const members = PAGED_MEMBERS.exec(call.path);
    if (members && call.method === "GET") return this.pagedMembers(decode(members[1]), call.query);
    return undefined;
  }

  private participant(meetingId: string, participantId: string, query: Record<string, string>) {
    const meeting = this.meetings.get(meetingId);
    const failure = meetingFailure(meeting);
    if (failure || !meeting) return failure ?? notFound("meeting");
    if (this.options.tenantId && query.tenantId !== this.options.tenantId)
      return notFound("participant in this tenant");
    const person = meeting.participants.find((p) => p.aadObjectId === participantId);
    if (!person) return notFound("participant");

    return ok(200, {
      user: { ...meetingUser(person), tenantId: this.options.tenantId, userRole: "user" },
      meeting: { role: person.role, inMeeting: person.inMeeting ?? true },
      conversation: { id: meeting.conversationId, isGroup: true, conversationType: "groupChat" },
    });
  }

  private notify(meetingId: string, body: unknown): Answer {
    const meeting = this.meetings.get(meetingId);
    const failure = meetingFailure(meeting);
    if (failure || !meeting) return failure ?? notFound("meeting");
    const notice = body as TargetedNotice | undefined;
    const recipients = notice?.value?.recipients;
    const surfaces = notice?.value?.surfaces;
    if (
      notice?.type !== "targetedMeetingNotification" ||
      !isStrings(recipients) ||
      !recipients.length
    )
      return badRequest("a targetedMeetingNotification with recipients is required");
    if (!Array.isArray(surfaces) || surfaces.length === 0)
      return badRequest("at least one surface is required");

    const inCall = new Set(
      meeting.participants.filter((p) => p.inMeeting ?? true).map((p) => mriOf(p)),
    );
    const failed = recipients.filter((mri) => !inCall.has(mri));
    const status = failed.length ? 207 : 202;
    this.notifications.push({ meetingId, recipients, surfaces, status, failed });
    if (!failed.length) return { status };
    return ok(207, {
      recipientsFailureInfo: failed.map((recipientMri) => ({
        recipientMri,
        failureReason: "The recipient is not in the meeting.",
        errorCode: "RecipientNotInMeeting",
      })),
    });
  }

  private pagedMembers(conversationId: string, query: Record<string, string>): Answer {
    const meeting = [...this.meetings.values()].find((m) => m.conversationId === conversationId);
    if (!meeting) return notFound("conversation");
    const asked = Number(query.pageSize ?? 200);
    const size = Math.min(asked, this.options.maxPageSize ?? asked);
    const start = Number(query.continuationToken ?? 0);
    const page = meeting.participants.slice(start, start + size);
    const next = start + size < meeting.participants.length ? String(start + size) : undefined;
    return ok(200, { continuationToken: next, members: page.map(teamsAccount) });
  }

  private async forward(call: MeetingApiCall, text: string): Promise<Answer> {
    const connector = this.options.connector;
    if (!connector) return notFound(`route ${call.method} ${call.path}`);
    const target = new URL(call.path.replace(/^\//, ""), connector.serviceUrl);
    const headers: Record<string, string> = { "content-type": "application/json" };
    const response = await fetch(target, {
      method: call.method,
      headers,
      body: text === "" ? undefined : text,
    });
    const answer = await response.text();
    return { status: response.status, body: answer ? (JSON.parse(answer) as unknown) : undefined };
  }
}

interface Answer {
  status: number;
  body?: unknown;
}

interface TargetedNotice {
  type?: unknown;
  value?: { recipients?: unknown; surfaces?: unknown };
}

function mriOf(person: FakeParticipant): string {
  return person.id ?? `29:${person.aadObjectId}`;
}

/** A chat member as the Bot Connector lists it: Teams names the Entra object id `objectId`. */
function teamsAccount(person: FakeParticipant) {
  return {
    id: mriOf(person),
    name: person.name ?? person.aadObjectId,
    objectId: person.aadObjectId,
  };
}

/** The participant's user as the meeting API returns it, with `aadObjectId`. */
function meetingUser(person: FakeParticipant) {
  return {
    id: mriOf(person),
    name: person.name ?? person.aadObjectId,
    aadObjectId: person.aadObjectId,
  };
}

function meetingFailure(meeting: FakeMeeting | undefined): Answer | undefined {
  if (meeting?.mode === "not_installed")
    return ok(403, { error: { code: "BotNotInConversationRoster", message: "app not installed" } });
  if (meeting?.mode === "expired")
    return ok(404, { error: { code: "NotFound", message: "the meeting has expired" } });
  return undefined;
}

function ok(status: number, body: unknown): Answer {
  return { status, body };
}

function notFound(what: string): Answer {
  return ok(404, { error: { code: "NotFound", message: `no such ${what}` } });
}

function badRequest(message: string): Answer {
  return ok(400, { error: { code: "BadSyntax", message } });
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function decode(part: string | undefined): string {
  return decodeURIComponent(part ?? "");
}
