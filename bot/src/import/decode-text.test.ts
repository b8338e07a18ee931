import iconv from "iconv-lite";

import { decodeText, declaredXmlEncoding } from "./decode-text";
import { ImportError } from "./import-error";

describe("decodeText", () => {
  it("lets a byte order mark win over the declaration", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode("<a>Říp</a>", "utf-16le"),
    ]);

    expect(decodeText(bytes, "a.xml", "windows-1250")).toBe("<a>Říp</a>");
  });

  it("decodes the declared windows-1250", () => {
    const bytes = iconv.encode(
      '<?xml version="1.0" encoding="windows-1250"?><a>Žďár</a>',
      "win1250",
    );

    expect(declaredXmlEncoding(bytes)).toBe("windows-1250");
    expect(decodeText(bytes, "a.xml", declaredXmlEncoding(bytes))).toMatch(/<a>Žďár<\/a>$/);
  });

  it("strips a UTF-8 byte order mark", () => {
    const bytes = Buffer.from("\ufeffid,name", "utf-8");

    expect(decodeText(bytes, "a.csv")).toBe("id,name");
  });

  it("raises import_encoding for bytes that are not UTF-8", () => {
    const bytes = iconv.encode("id\nŽďár\n", "win1250");

    expect(() => decodeText(bytes, "a.csv")).toThrow(ImportError);
    expect(() => decodeText(bytes, "a.csv")).toThrow("a.csv, line 2: not valid UTF-8");
  });
});
