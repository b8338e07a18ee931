import { PackageError } from "./package-error";
import { placeholderNames } from "./placeholder-names";
import { substitutePlaceholders } from "./substitute-placeholders";

describe("placeholderNames", () => {
  it("lists each placeholder once, in order, spaces inside the braces allowed", () => {
    const text = '"${{TAB_ENDPOINT}}/config" "${{ BOT_ID }}" "${{TAB_ENDPOINT}}/"';

    expect(placeholderNames(text)).toEqual(["TAB_ENDPOINT", "BOT_ID"]);
  });
});

describe("substitutePlaceholders", () => {
  const variables = { TAB_ENDPOINT: "https://council.example.org", BOT_ID: "b0t", QUOTE: '"x"' };

  it("fills placeholders in nested strings and leaves other values alone", () => {
    const document = {
      url: "${{TAB_ENDPOINT}}/config",
      bots: [{ botId: "${{BOT_ID}}", scopes: ["team"], notificationOnly: false }],
      count: 3,
      nothing: null,
    };

    expect(substitutePlaceholders(document, variables, "manifest.json")).toEqual({
      url: "https://council.example.org/config",
      bots: [{ botId: "b0t", scopes: ["team"], notificationOnly: false }],
      count: 3,
      nothing: null,
    });
  });

  it("puts a value with quotes in as data, so the JSON stays well formed", () => {
    const filled = substitutePlaceholders({ name: "${{QUOTE}}" }, variables, "en.json");

    expect(JSON.parse(JSON.stringify(filled))).toEqual({ name: '"x"' });
  });

  it("names every missing or empty variable at once", () => {
    const document = { a: "${{TEAMS_APP_ID}}", b: ["${{EMPTY}}"], c: "${{BOT_ID}}" };
    const substitute = () =>
      substitutePlaceholders(document, { ...variables, EMPTY: "" }, "manifest.json (dev)");

    expect(substitute).toThrow(PackageError);
    expect(substitute).toThrow("manifest.json (dev) needs a value for TEAMS_APP_ID, EMPTY");
  });
});
