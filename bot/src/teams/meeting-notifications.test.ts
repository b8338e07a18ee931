import { FakeTeamsMeetings } from "../../../tests/support/fake-teams-meetings";
import { createLogger } from "../config/logger";
import { createCloudAdapter } from "./bot-credentials";
import { BotbuilderMeetingNotifier, voteReminderNotification } from "./meeting-notifications";
import { MeetingApiError } from "./meeting-roles-api-error";

const MEETING = "MCMeeting2";
const CHAT = "19:meeting_two@thread.v2";

describe("targeted meeting notifications through botbuilder", () => {
  let teams: FakeTeamsMeetings;
  const notifier = new BotbuilderMeetingNotifier(createCloudAdapter({}, createLogger("silent")));
  const address = () => ({
    meetingId: MEETING,
    reference: { channelId: "msteams", serviceUrl: teams.serviceUrl, conversation: { id: CHAT } },
  });
  const notice = (recipients: string[]) =>
    voteReminderNotification({
      recipients,
      title: "Hlasujte",
      url: "https://tab.example.cz/?vote=1",
    });

  beforeAll(async () => {
    teams = await FakeTeamsMeetings.start({ maxPageSize: 1 });
  });
  afterAll(() => teams.stop());
  beforeEach(() => {
    teams.meeting(MEETING, {
      conversationId: CHAT,
      participants: [
        { aadObjectId: "oid-a", id: "29:a", name: "A", role: "Attendee" },
        { aadObjectId: "oid-b", id: "29:b", name: "B", role: "Attendee", inMeeting: false },
      ],
    });
    teams.notifications.length = 0;
  });

  it("lists the meeting chat's members with their Entra and Teams ids, page by page", async () => {
    const members = await notifier.chatMembers(address());

    expect(members).toEqual([
      { teamsUserId: "29:a", aadObjectId: "oid-a", name: "A" },
      { teamsUserId: "29:b", aadObjectId: "oid-b", name: "B" },
    ]);
  });

  it("sends the documented body and hears no failures on 202", async () => {
    const failures = await notifier.send(address(), notice(["29:a"]));

    expect(failures).toEqual([]);
    expect(teams.notifications).toEqual([
      expect.objectContaining({ meetingId: MEETING, recipients: ["29:a"], status: 202 }),
    ]);
    const body = teams.calls.at(-1)?.body;
    expect(body).toEqual(notice(["29:a"]));
  });

  it("returns the recipients Teams could not reach on 207", async () => {
    const failures = await notifier.send(address(), notice(["29:a", "29:b"]));

    expect(failures).toEqual([
      { teamsUserId: "29:b", reason: expect.any(String), errorCode: "RecipientNotInMeeting" },
    ]);
  });

  it("fails with meeting_expired when Teams no longer knows the meeting", async () => {
    teams.setMode(MEETING, "expired");

    const error = await notifier.send(address(), notice(["29:a"])).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MeetingApiError);
    expect(error).toMatchObject({ code: "meeting_expired", status: 404 });
  });
});
