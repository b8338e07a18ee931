import { outboxPostId, seqOfPostId } from "./post-id";

describe("outboxPostId", () => {
  it("derives the id from session, seq, suffix and conversation only", () => {
    const id = outboxPostId("s:1", 42, "vote", "19:meeting_x@thread.v2");

    expect(id).toBe("s:1:42:vote@19:meeting_x@thread.v2");
    expect(outboxPostId("s:1", 42, "vote", "19:meeting_x@thread.v2")).toBe(id);
  });

  it("reads the seq back even when the session id holds colons", () => {
    const id = outboxPostId("s:1", 42, "vote", "19:meeting_x@thread.v2");

    expect(seqOfPostId({ id, sessionId: "s:1" })).toBe(42);
    expect(seqOfPostId({ id: "elsewhere", sessionId: "s:1" })).toBeNaN();
  });
});
