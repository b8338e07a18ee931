import { cs } from "../messages/cs";
import { en } from "../messages/en";
import { errorMessage } from "./error-message";

describe("errorMessage", () => {
  it("translates the core's refusal codes", () => {
    expect(errorMessage(cs, "vote_closed", "the vote is closed")).toBe(
      "Hlasování už bylo ukončeno.",
    );
    expect(errorMessage(cs, "already_voted")).toBe("Váš hlas v tomto hlasování už je zapsán.");
    expect(errorMessage(en, "not_chair", "only the chair may do this")).toBe(
      "Only the chair may do this.",
    );
    expect(errorMessage(cs, "no_quorum")).toBe("Zastupitelstvo není usnášeníschopné.");
  });

  it("translates transport failures", () => {
    expect(errorMessage(cs, "network", "fetch failed")).toBe(
      "Server je nedostupný. Zkuste to prosím znovu.",
    );
    expect(errorMessage(en, "unauthorized")).toContain("not signed in");
  });

  it("falls back to the server's message for a code it does not know, then to a generic line", () => {
    expect(errorMessage(cs, "rate_limited", "slow down")).toBe("slow down");
    expect(errorMessage(cs, "rate_limited", "  ")).toBe("Něco se nepovedlo.");
    expect(errorMessage(en, "toString")).toBe("Something went wrong.");
  });
});
