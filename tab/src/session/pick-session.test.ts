import type { SessionSummary } from "@council/core";
import { pickSession, sessionFromSearch } from "./pick-session";

function summary(id: string, status: SessionSummary["status"]): SessionSummary {
  return { id, title: id, council: "Lhota", status, seq: 1 };
}

describe("choosing the session", () => {
  it("takes ?session= from the address when given", () => {
    expect(sessionFromSearch("?session=s-7&lang=en")).toBe("s-7");
    expect(sessionFromSearch("?lang=en")).toBeUndefined();
    expect(sessionFromSearch("?session=")).toBeUndefined();
  });

  it("prefers an open session, then a scheduled one, never a closed one", () => {
    const closed = summary("old", "closed");
    const scheduled = summary("next", "scheduled");
    const open = summary("now", "open");

    expect(pickSession([closed, scheduled, open])).toBe("now");
    expect(pickSession([closed, scheduled])).toBe("next");
    expect(pickSession([closed])).toBeUndefined();
  });
});
