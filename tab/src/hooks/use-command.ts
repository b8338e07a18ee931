import type { Command } from "@council/core";
import { useCallback, useState } from "react";
import type { ApiClient } from "../api/api-client";
import { ApiError } from "../api/api-error";
import type { LiveStore } from "../live/live-store";

/** A refused or failed command, as the error bar shows it. */
export interface CommandFailure {
  code: string;
  message: string;
}

export interface CommandSender {
  send: (command: Command) => void;
  /** True while a command is on its way; buttons wait so a double click is not a second ballot. */
  busy: boolean;
  failure?: CommandFailure;
  clearFailure: () => void;
}

/**
 * Sends commands for one session. The events of an accepted command go to the store, which
 * applies them only in sequence; nothing is shown as done before the server has committed it.
 */
export function useCommand(api: ApiClient, sessionId: string, store: LiveStore): CommandSender {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CommandFailure>();

  const send = useCallback(
    (command: Command) => {
      setBusy(true);
      setFailure(undefined);
      api
        .sendCommand(sessionId, command)
        .then((accepted) => store.acceptConfirmed(accepted.events))
        .catch((error: unknown) => {
          if (error instanceof ApiError) setFailure({ code: error.code, message: error.message });
          else setFailure({ code: "unknown", message: String(error) });
        })
        .finally(() => setBusy(false));
    },
    [api, sessionId, store],
  );

  const clearFailure = useCallback(() => setFailure(undefined), []);
  return { send, busy, failure, clearFailure };
}
