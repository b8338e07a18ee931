import iconv from "iconv-lite";

import { ImportError } from "./import-error";

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/**
 * Text of an input file. A byte order mark wins; otherwise `declared` names the encoding (from
 * an XML declaration, say) and UTF-8 is assumed when nothing is declared. Bytes that are not
 * valid in the encoding raise `import_encoding` rather than turning into replacement marks.
 */
export function decodeText(bytes: Uint8Array, file: string, declared?: string): string {
  if (startsWith(bytes, UTF8_BOM)) return decodeUtf8(bytes.subarray(3), file);
  if (startsWith(bytes, UTF16LE_BOM))
    return iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le");
  if (startsWith(bytes, UTF16BE_BOM))
    return iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be");

  const encoding = declared?.trim().toLowerCase() ?? "utf-8";
  if (encoding === "utf-8" || encoding === "utf8") return decodeUtf8(bytes, file);
  if (!iconv.encodingExists(encoding)) {
    throw new ImportError("import_encoding", `unknown encoding "${declared}"`, { file, line: 1 });
  }
  return iconv.decode(Buffer.from(bytes), encoding);
}

/** The encoding an XML declaration names, read before the text is decoded. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding we accept, so a byte-wise look is safe.
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
  const declaration = /^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(head);
  return declaration?.[1];
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const line = lineOfFirstInvalidUtf8(bytes);
    throw new ImportError(
      "import_encoding",
      "not valid UTF-8; if the file is windows-1250, declare it or convert it",
      { file, line },
    );
  }
}

function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  const decoded = Buffer.from(bytes).toString("utf-8");
  const bad = decoded.indexOf("\ufffd");
  return decoded.slice(0, Math.max(bad, 0)).split("\n").length;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}
