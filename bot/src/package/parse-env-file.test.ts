import { PackageError } from "./package-error";
import { parseEnvFile } from "./parse-env-file";

describe("parseEnvFile", () => {
  it("reads NAME=value lines and skips comments and blank lines", () => {
    const text = "# a comment\n\nTAB_DOMAIN=council.example.org\nEMPTY=\n  LOG_LEVEL = info  \n";

    expect(parseEnvFile(text, ".env.test")).toEqual({
      TAB_DOMAIN: "council.example.org",
      EMPTY: "",
      LOG_LEVEL: "info",
    });
  });

  it("takes quoted values without their quotes and keeps = inside values", () => {
    const text = "A=\"two words\"\nB='single'\nC=x=y\r\n";

    expect(parseEnvFile(text, ".env.test")).toEqual({ A: "two words", B: "single", C: "x=y" });
  });

  it("refuses a line that is not an assignment, naming the file and line", () => {
    const parse = () => parseEnvFile("A=1\nnot an assignment\n", "env/.env.bad");

    expect(parse).toThrow(PackageError);
    expect(parse).toThrow("env/.env.bad:2");
  });
});
