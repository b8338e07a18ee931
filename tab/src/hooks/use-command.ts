import type { Command } from "@council/core";
import { useCallback, useState } from "react";
import type { ApiClient } from "../api/api-client";
import { ApiError } from "../api/api-error";
import type { LiveStore } from "../live/live-store";

/** A refused or failed command, and the control it came from, where the refusal is shown. */
export interface CommandFailure {
  code: string;
  message: string;
  /** The control that sent the command ("ballot", "floor", an item's id ...). */
  origin: string;
}

/** Sends commands of one session; what every view's controls are given. */
export interface CommandSender {
  /** Sends a command; `origin` names the control, so a refusal shows beside it. */
  send: (command: Command, origin?: string) => void;
  /** True while a command is on its way; buttons wait so a double click is not a second ballot. */
  busy: boolean;
  /** The control whose command is on its way. */
  pendingOrigin?: string;
  failure?: CommandFailure;
  clearFailure: () => void;
}

/**
 * Sends commands for one session. The events of an accepted command go to the store, which
 * applies them only in sequence; nothing is shown as done before the server has committed it.
 */
export function useCommand(api: ApiClient, sessionId: string, store: LiveStore): CommandSender {
  const [pendingOrigin, setPendingOrigin] = useState<string>();
  const [failure, setFailure] = useState<CommandFailure>();

  const send = useCallback(
    (command: Command, origin: string = command.type) => {
      setPendingOrigin(origin);
      setFailure(undefined);
      api
        .sendCommand(sessionId, command)
        .then((accepted) => store.acceptConfirmed(accepted.events))
        .catch((error: unknown) => {
          if (error instanceof ApiError)
            setFailure({ code: error.code, message: error.message, origin });
          else setFailure({ code: "unknown", message: String(error), origin });
        })
        .finally(() => setPendingOrigin(undefined));
    },
    [api, sessionId, store],
  );

  const clearFailure = useCallback(() => setFailure(undefined), []);
  return { send, busy: pendingOrigin !== undefined, pendingOrigin, failure, clearFailure };
}
