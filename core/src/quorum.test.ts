import { isPresent, quorumStatus } from "./quorum";
import { Script, seatIds } from "./test-fixtures";

describe("quorumStatus", () => {
  it("needs 12 of 23 seats and counts room and remote members as present", () => {
    const script = Script.created();
    script.attendAll(seatIds().slice(0, 8));
    script.attendAll(seatIds().slice(8, 12), "remote");
    script.attend("m20", "absent");

    const q = quorumStatus(script.s);

    expect(q).toEqual({ members: 23, present: 12, room: 8, remote: 4, quorum: 12, met: true });
  });

  it("leaves the clerk out of the member base", () => {
    const script = Script.created("cz-municipal", 5);

    const q = quorumStatus(script.s);

    expect(q).toMatchObject({ members: 5, quorum: 3, present: 0, met: false });
  });

  it("is not met with 11 of 23 present", () => {
    const script = Script.created();
    script.attendAll(seatIds().slice(0, 11));

    const q = quorumStatus(script.s);

    expect(q.met).toBe(false);
  });

  it("needs 12 of 22 seats: more than half, not half", () => {
    const script = Script.created("cz-municipal", 22);
    script.attendAll(seatIds(22).slice(0, 11));

    const q = quorumStatus(script.s);

    expect(q).toMatchObject({ members: 22, present: 11, quorum: 12, met: false });
  });
});

describe("isPresent", () => {
  it("counts a member in the room or remote as present, and absent or unrecorded as not", () => {
    const script = Script.created();
    script.attend("m01", "room");
    script.attend("m02", "remote");
    script.attend("m03", "absent");

    const present = ["m01", "m02", "m03", "m04"].map((id) => isPresent(script.s, id));

    expect(present).toEqual([true, true, false, false]);
  });
});
