import { LocalConnector } from "../../bot/src/teams/local-connector";
import { FakeTeamsMeetings } from "./fake-teams-meetings";

const TENANT = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

describe("the Teams meeting API stand-in", () => {
  let connector: LocalConnector;
  let teams: FakeTeamsMeetings;

  beforeAll(async () => {
    connector = await LocalConnector.start();
    teams = await FakeTeamsMeetings.start({ tenantId: TENANT, connector });
    teams.meeting("MCM", {
      conversationId: "19:meeting_x@thread.v2",
      participants: [{ aadObjectId: "oid-1", role: "Organizer", name: "Jana" }],
    });
  });
  afterAll(async () => {
    await teams.stop();
    await connector.stop();
  });

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(new URL(path, teams.serviceUrl), {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };

  it("answers a participant in the documented shape", async () => {
    const res = await call("GET", `v1/meetings/MCM/participants/oid-1?tenantId=${TENANT}`);

    expect(res).toEqual({
      status: 200,
      body: {
        user: expect.objectContaining({ id: "29:oid-1", aadObjectId: "oid-1", name: "Jana" }),
        meeting: { role: "Organizer", inMeeting: true },
        conversation: expect.objectContaining({ id: "19:meeting_x@thread.v2" }),
      },
    });
  });

  it("answers 404 for another tenant or an unknown participant", async () => {
    const otherTenant = await call("GET", "v1/meetings/MCM/participants/oid-1?tenantId=other");
    const stranger = await call("GET", `v1/meetings/MCM/participants/oid-9?tenantId=${TENANT}`);

    expect([otherTenant.status, stranger.status]).toEqual([404, 404]);
  });

  it("rejects a notification that is not a targeted one with recipients", async () => {
    const res = await call("POST", "v1/meetings/MCM/notification", {
      type: "targetedMeetingNotification",
      value: { recipients: [], surfaces: [] },
    });

    expect(res.status).toBe(400);
    expect(teams.notifications).toHaveLength(0);
  });

  it("hands the Bot Connector's routes to the local connector", async () => {
    const res = await call("POST", "v3/conversations/19%3Ameeting_x%40thread.v2/activities", {
      type: "message",
      text: "Hlasování č. 1 bylo zahájeno",
    });

    expect(res.status).toBe(201);
    expect(connector.posts()).toHaveLength(1);
    expect(connector.posts()[0]?.body).toMatchObject({ text: "Hlasování č. 1 bylo zahájeno" });
  });
});
