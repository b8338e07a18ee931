import { TestCouncil, aad } from "./council.fixture";
import { teamsPayload } from "./fixtures";
import { readParticipantChange, rosterMembersAmong } from "./participant-event";

describe("readParticipantChange", () => {
  it("reads the SDK's join fixture: two members, neither with an Entra id", () => {
    const change = readParticipantChange(teamsPayload("meeting-participant-join.json"));

    expect(change).toEqual({ signal: "joined", participants: [{}, {}] });
  });

  it("reads a leave with the Entra ids Teams puts on real participants", () => {
    const payload = teamsPayload("meeting-participant-leave.json");
    const members = (payload.value as { members: { user: Record<string, string> }[] }).members;
    members[0]!.user.aadObjectId = aad.dvorak;

    const change = readParticipantChange(payload);

    expect(change).toEqual({
      signal: "left",
      participants: [{ aadObjectId: aad.dvorak }, {}],
    });
  });

  it("reads a value without members as nobody, and ignores other activities", () => {
    const payload = { ...teamsPayload("meeting-participant-join.json"), value: {} };

    expect(readParticipantChange(payload)).toEqual({ signal: "joined", participants: [] });
    expect(readParticipantChange(teamsPayload("meeting-start-pascalcase.json"))).toBeUndefined();
  });
});

describe("rosterMembersAmong", () => {
  it("matches roster members by Entra id in any case, once each, and counts the rest", async () => {
    const council = await TestCouncil.scheduled();

    const found = rosterMembersAmong(council.state, [
      { aadObjectId: aad.dvorak.toUpperCase() },
      { aadObjectId: aad.dvorak },
      { aadObjectId: aad.stranger },
      {},
    ]);

    expect(found.members.map((m) => m.id)).toEqual(["m2"]);
    expect(found.unknown).toBe(2);
  });
});
