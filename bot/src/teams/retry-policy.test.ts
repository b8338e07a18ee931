import { ConnectorError } from "./chat-connector";
import type { RetryPolicy } from "./retry-policy";
import { backoffMs, judgeFailure, parseRetryAfter } from "./retry-policy";

const policy: RetryPolicy = { baseDelayMs: 1_000, maxDelayMs: 10_000, maxAttempts: 5 };
const now = Date.parse("2025-03-12T17:00:00Z");
const half = () => 0.5;

describe("judgeFailure", () => {
  it("waits at least Retry-After on 429, with a little jitter above it", () => {
    const throttled = new ConnectorError("Too Many Requests", 429, "7");

    expect(judgeFailure(throttled, 1, policy, now, () => 0)).toMatchObject({
      action: "retry",
      delayMs: 7_000,
    });
    expect(judgeFailure(throttled, 1, policy, now, () => 0.99)).toMatchObject({ delayMs: 7_693 });
  });

  it("backs off on 429 without Retry-After, on 5xx and on network errors", () => {
    const cases = [
      new ConnectorError("Too Many Requests", 429),
      new ConnectorError("Service Unavailable", 503),
      new ConnectorError("connect ECONNREFUSED", undefined, undefined, "ECONNREFUSED"),
      new Error("socket hang up"),
    ];

    for (const error of cases) {
      expect(judgeFailure(error, 2, policy, now, half)).toEqual({
        action: "retry",
        delayMs: 1_500,
        reason: expect.any(String),
      });
    }
  });

  it("gives up at once on a 4xx other than 429 and 408", () => {
    const verdict = judgeFailure(new ConnectorError("Forbidden", 403), 1, policy, now, half);

    expect(verdict).toEqual({ action: "fail", reason: "403: Forbidden" });
  });

  it("gives up when the attempts run out", () => {
    const verdict = judgeFailure(new ConnectorError("Bad Gateway", 502), 5, policy, now, half);

    expect(verdict).toEqual({ action: "fail", reason: "502: Bad Gateway (gave up)" });
  });
});

describe("backoffMs", () => {
  it("doubles per attempt up to the cap, half fixed and half jitter", () => {
    const delays = [1, 2, 3, 4, 5, 6].map((attempt) => backoffMs(attempt, policy, () => 0));

    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 5_000, 5_000]);
    expect(backoffMs(6, policy, () => 0.999)).toBe(9_995);
  });
});

describe("parseRetryAfter", () => {
  it("reads delay-seconds and HTTP dates", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Wed, 12 Mar 2025 17:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 12 Mar 2025 16:00:00 GMT", now)).toBe(0);
  });

  it("ignores a missing or unreadable header", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
