import type { IncomingMessage } from "node:http";

/** The whole body of a request to a local stand-in, as UTF-8 text. */
export async function readRequestText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * A body parsed as JSON when it is JSON, kept as text when it is not (so a test can see what was
 * sent), undefined when empty.
 */
export function parseRequestBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) return text;
    throw error;
  }
}
