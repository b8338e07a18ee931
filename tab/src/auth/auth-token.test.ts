import type { TokenStorage } from "./auth-token";
import { captureFragmentToken, currentToken, splitFragmentToken, storedToken } from "./auth-token";

function memoryStorage(): TokenStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function fakeWindow(href: string) {
  const url = new URL(href);
  const replaced: string[] = [];
  const win = {
    location: { hash: url.hash, pathname: url.pathname, search: url.search },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, next: string) => void replaced.push(next),
    },
  };
  return { win: win as unknown as Window, replaced };
}

describe("splitFragmentToken", () => {
  it("takes the token out and keeps the rest of the fragment", () => {
    expect(splitFragmentToken("#token=abc.def.ghi")).toEqual({ token: "abc.def.ghi", rest: "" });
    expect(splitFragmentToken("#token=abc&tab=votes")).toEqual({
      token: "abc",
      rest: "#tab=votes",
    });
    expect(splitFragmentToken("#tab=votes")).toEqual({ token: undefined, rest: "#tab=votes" });
    expect(splitFragmentToken("")).toEqual({ token: undefined, rest: "" });
  });
});

describe("captureFragmentToken", () => {
  it("stores the token and strips it from the address, keeping path and query", () => {
    const storage = memoryStorage();
    const { win, replaced } = fakeWindow("http://127.0.0.1:3978/?session=s-1#token=jwt.x.y");

    captureFragmentToken(win, storage);

    expect(storedToken(storage)).toBe("jwt.x.y");
    expect(replaced).toEqual(["/?session=s-1"]);
  });

  it("leaves the address alone when there is no token", () => {
    const storage = memoryStorage();
    const { win, replaced } = fakeWindow("http://127.0.0.1:3978/?session=s-1");

    captureFragmentToken(win, storage);

    expect(storedToken(storage)).toBeUndefined();
    expect(replaced).toEqual([]);
  });
});

describe("currentToken", () => {
  it("uses the stored development token, and outside Teams nothing else", async () => {
    const storage = memoryStorage();
    expect(await currentToken(storage)).toBeUndefined();

    storage.setItem("council-live.token", "dev-token");

    expect(await currentToken(storage)).toBe("dev-token");
  });
});
