import { parseServerMessage } from "./parse-server-message";

describe("parseServerMessage", () => {
  it("accepts the frames of the protocol", () => {
    const event = { type: "item_started", seq: 3, payload: { itemId: "i" }, actor: {}, time: "" };

    expect(parseServerMessage('{"type":"hello","protocol":1}')).toEqual({
      type: "hello",
      protocol: 1,
    });
    expect(parseServerMessage(JSON.stringify({ type: "event", sessionId: "s", event }))).toEqual({
      type: "event",
      sessionId: "s",
      event,
    });
    expect(parseServerMessage('{"type":"error","code":"x","message":"y"}')?.type).toBe("error");
  });

  it("drops frames that are not JSON, of unknown type or missing what the store needs", () => {
    expect(parseServerMessage("{")).toBeUndefined();
    expect(parseServerMessage('"hello"')).toBeUndefined();
    expect(parseServerMessage('{"type":"surprise"}')).toBeUndefined();
    expect(parseServerMessage('{"type":"snapshot","sessionId":"s","state":{}}')).toBeUndefined();
    expect(
      parseServerMessage('{"type":"event","sessionId":"s","event":{"type":"x"}}'),
    ).toBeUndefined();
  });
});
