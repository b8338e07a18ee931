import { execute } from "./execute";
import { chair, createCommand, member, Script, SESSION_ID, START, system } from "./test-fixtures";

describe("execute", () => {
  it("numbers the events after the state's last sequence number and stamps actor and time", () => {
    const script = Script.opened("cz-municipal", 12);
    const seq = script.s.seq;

    const result = execute(
      SESSION_ID,
      script.s,
      { type: "record_attendance", memberId: "m11", mode: "absent" },
      { actor: chair, now: START },
    );

    expect(result.ok && result.events).toEqual([
      expect.objectContaining({
        type: "attendance_recorded",
        seq: seq + 1,
        actor: chair,
        time: START,
      }),
      expect.objectContaining({ type: "quorum_lost", seq: seq + 2, actor: chair, time: START }),
    ]);
    expect(result.ok && result.state.seq).toBe(seq + 2);
  });

  it("starts a new session's log at 1", () => {
    const cmd = createCommand();

    const result = execute(SESSION_ID, undefined, cmd, { actor: system, now: START });

    expect(result.ok && result.events.map((e) => e.seq)).toEqual([1]);
    expect(result.ok && result.state).toMatchObject({ id: SESSION_ID, seq: 1, lastTime: START });
  });

  it("returns the refusal and leaves the state alone when the command is refused", () => {
    const script = Script.opened();
    const before = script.s;

    const result = execute(
      SESSION_ID,
      before,
      { type: "open_session" },
      { actor: member(1), now: START },
    );

    expect(result).toEqual({
      ok: false,
      refusal: { code: "not_chair", message: "only the chair may do this" },
    });
    expect(script.s).toBe(before);
  });
});
