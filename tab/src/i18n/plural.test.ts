import { cs } from "../messages/cs";
import { en } from "../messages/en";
import { countOf } from "./plural";

describe("countOf", () => {
  it("inflects Czech votes as 1 hlas, 2-4 hlasy, 0 and 5+ hlasů", () => {
    const forms = cs.nouns.vote;

    expect([0, 1, 2, 3, 4, 5, 11, 22, 101].map((n) => countOf("cs", n, forms))).toEqual([
      "0 hlasů",
      "1 hlas",
      "2 hlasy",
      "3 hlasy",
      "4 hlasy",
      "5 hlasů",
      "11 hlasů",
      "22 hlasů",
      "101 hlasů",
    ]);
  });

  it("inflects Czech members as 1 člen, 2 členové, 5 členů", () => {
    const forms = cs.nouns.member;

    expect([1, 2, 4, 5, 23].map((n) => countOf("cs", n, forms))).toEqual([
      "1 člen",
      "2 členové",
      "4 členové",
      "5 členů",
      "23 členů",
    ]);
  });

  it("uses one and other in English", () => {
    expect([1, 2, 5].map((n) => countOf("en", n, en.nouns.vote))).toEqual([
      "1 vote",
      "2 votes",
      "5 votes",
    ]);
  });
});
