import { askedLang, langFromLocale, langFromSearch } from "./lang";

describe("choosing the language", () => {
  it("takes ?lang= when it names a language the tab speaks", () => {
    expect(askedLang("?lang=en")).toBe("en");
    expect(askedLang("?lang=de")).toBeUndefined();
    expect(langFromSearch("?lang=de")).toBe("cs");
  });

  it("follows an English Teams client and keeps Czech for every other", () => {
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("cs-CZ")).toBe("cs");
    expect(langFromLocale("sk-SK")).toBe("cs");
    expect(langFromLocale(undefined)).toBe("cs");
  });
});
