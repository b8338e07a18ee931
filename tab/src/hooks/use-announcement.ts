import type { SessionState } from "@council/core";
import { useEffect, useRef, useState } from "react";
import type { Messages } from "../messages/messages";
import { announcement } from "../session/announcement";

/** The latest line for the live region, derived from each change of the session state. */
export function useAnnouncement(state: SessionState | undefined, t: Messages): string {
  const previous = useRef(state);
  const [text, setText] = useState("");

  useEffect(() => {
    const line = announcement(previous.current, state, t);
    previous.current = state;
    if (line) setText(line);
  }, [state, t]);

  return text;
}
