import type { Messages } from "../messages/messages";

/**
 * The text to show for an error code: the translation when the code is known, else the server's
 * own message, else a generic line. Server messages are English and for developers, so a known
 * code always wins.
 */
export function errorMessage(messages: Messages, code: string, serverMessage?: string): string {
  const known = Object.hasOwn(messages.errors, code)
    ? messages.errors[code as keyof Messages["errors"]]
    : undefined;
  return known ?? (serverMessage?.trim() || messages.errors.unknown);
}
