import { FakeTeamsMeetings } from "../../../tests/support/fake-teams-meetings";
import { createLogger } from "../config/logger";
import { createCloudAdapter } from "./bot-credentials";
import { BotbuilderMeetingRoles, participationOf, runsTheMeeting } from "./meeting-roles";
import { MeetingApiError } from "./meeting-roles-api-error";

const TENANT = "11111111-2222-4333-8444-555555555555";
const MEETING = "MCMeeting1";
const CHAT = "19:meeting_one@thread.v2";

describe("meeting roles asked of Teams through botbuilder", () => {
  let teams: FakeTeamsMeetings;
  const roles = new BotbuilderMeetingRoles(createCloudAdapter({}, createLogger("silent")));
  const address = () => ({
    meetingId: MEETING,
    reference: {
      channelId: "msteams",
      serviceUrl: teams.serviceUrl,
      conversation: { id: CHAT, tenantId: TENANT },
      bot: { id: "28:bot" },
    },
  });

  beforeAll(async () => {
    teams = await FakeTeamsMeetings.start({ tenantId: TENANT });
  });
  afterAll(() => teams.stop());
  beforeEach(() => {
    teams.meeting(MEETING, {
      conversationId: CHAT,
      participants: [
        { aadObjectId: "oid-organizer", role: "Organizer" },
        { aadObjectId: "oid-away", role: "Presenter", inMeeting: false },
      ],
    });
  });

  it("reads the role and presence Teams reports, in the chat's tenant by default", async () => {
    const organizer = await roles.participation(address(), { aadObjectId: "oid-organizer" });
    const away = await roles.participation(address(), { aadObjectId: "oid-away" });

    expect(organizer).toEqual({ role: "Organizer", inMeeting: true });
    expect(away).toEqual({ role: "Presenter", inMeeting: false });
    expect(teams.participantCalls().at(-1)?.query).toEqual({ tenantId: TENANT });
  });

  it.each([
    ["not_installed", 403, "meeting_app_not_installed"],
    ["expired", 404, "meeting_expired"],
  ] as const)("maps a meeting that is %s (%i) to %s", async (mode, status, code) => {
    teams.setMode(MEETING, mode);

    const error = await roles
      .participation(address(), { aadObjectId: "oid-organizer" })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MeetingApiError);
    expect(error).toMatchObject({ code, status, meetingId: MEETING });
  });

  it("refuses to guess the address of a binding without a serviceUrl", async () => {
    const error = await roles
      .participation(
        { meetingId: MEETING, reference: { conversation: { id: CHAT } } },
        { aadObjectId: "x" },
      )
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ code: "teams_unavailable" });
  });

  it("reports a Teams that does not answer as unavailable", async () => {
    const gone = {
      ...address(),
      reference: { ...address().reference, serviceUrl: "http://127.0.0.1:9/" },
    };

    const error = await roles.participation(gone, { aadObjectId: "x" }).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: "teams_unavailable", status: undefined });
  });
});

describe("reading a meeting role", () => {
  it("grants running the meeting to organizers and presenters only", () => {
    const can = (role: string) =>
      runsTheMeeting(participationOf({ meeting: { role, inMeeting: true } }));

    expect(["Organizer", "Presenter", "Attendee", "Producer", ""].map(can)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("counts a participant as absent unless Teams says they are in the meeting", () => {
    expect(participationOf({ meeting: { role: "Presenter" } }).inMeeting).toBe(false);
  });
});
