import type { SessionState } from "@council/core";
import { SessionScript } from "../testing/session-script";
import { presenceSignals } from "./presence-signals";

describe("presenceSignals", () => {
  it("is absent for a session with no Teams meeting and no signal", () => {
    expect(presenceSignals(SessionScript.discussing().s)).toBeUndefined();
  });

  it("is absent for a state from a service without signals", () => {
    const { presenceSignals: _dropped, ...older } = SessionScript.discussing().s;

    expect(presenceSignals(older as SessionState)).toBeUndefined();
  });

  it("gives the signals by member once Teams reported any", () => {
    const script = SessionScript.discussing();
    script.runAsService({
      type: "record_presence_signal",
      memberId: "m4",
      signal: "joined",
      source: "teams",
    });

    expect(presenceSignals(script.s)).toEqual({
      m4: { signal: "joined", source: "teams", at: expect.any(String) },
    });
  });
});
