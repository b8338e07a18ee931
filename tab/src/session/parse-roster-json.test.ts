import { parseRosterJson } from "./parse-roster-json";

const jana = { id: "m1", name: "Jana Nováková", group: "ODS", role: "chair" };
const petr = { id: "m2", name: "Petr Svoboda", group: "Piráti", role: "member", title: "Ing." };

describe("parseRosterJson", () => {
  it("reads members under a members key", () => {
    const parsed = parseRosterJson(JSON.stringify({ council: "ZM", members: [jana, petr] }));
    expect(parsed).toEqual({ ok: true, members: [jana, petr] });
  });

  it("reads a bare array, with a byte order mark", () => {
    expect(parseRosterJson(`\uFEFF${JSON.stringify([jana])}`)).toEqual({
      ok: true,
      members: [jana],
    });
  });

  it("keeps only a member's known fields", () => {
    const extra = { ...jana, aadObjectId: "oid-1", familyName: "Nováková", secret: "x", title: "" };
    const parsed = parseRosterJson(JSON.stringify([extra]));
    expect(parsed).toEqual({
      ok: true,
      members: [{ ...jana, aadObjectId: "oid-1", familyName: "Nováková" }],
    });
  });

  it("refuses text that is not JSON", () => {
    expect(parseRosterJson("{members:")).toEqual({ ok: false, problem: { kind: "not_json" } });
  });

  it("refuses JSON without a list of members, or with an empty one", () => {
    expect(parseRosterJson('{"people":[]}')).toEqual({
      ok: false,
      problem: { kind: "not_a_list" },
    });
    expect(parseRosterJson("[]")).toEqual({ ok: false, problem: { kind: "empty" } });
  });

  it("names the first member and field that is wrong", () => {
    const noGroup = { ...petr, group: " " };
    expect(parseRosterJson(JSON.stringify([jana, noGroup]))).toEqual({
      ok: false,
      problem: { kind: "bad_member", index: 1, field: "group" },
    });
    expect(parseRosterJson(JSON.stringify([{ ...jana, role: "mayor" }]))).toEqual({
      ok: false,
      problem: { kind: "bad_member", index: 0, field: "role" },
    });
    expect(parseRosterJson(JSON.stringify(["Jana"]))).toEqual({
      ok: false,
      problem: { kind: "bad_member", index: 0, field: "id" },
    });
    expect(parseRosterJson(JSON.stringify([{ ...jana, title: 3 }]))).toEqual({
      ok: false,
      problem: { kind: "bad_member", index: 0, field: "title" },
    });
  });

  it("refuses a roster that repeats a member id", () => {
    expect(parseRosterJson(JSON.stringify([jana, { ...petr, id: "m1" }]))).toEqual({
      ok: false,
      problem: { kind: "duplicate_id", id: "m1" },
    });
  });
});
