import { useEffect, useRef, useState } from "react";
import type { ApiClient } from "../api/api-client";
import type { ChatLogPost } from "../api/chat-log-post";

/** Posts follow events a moment later; the log is asked again this long after a change. */
const SETTLE_MS = 1_500;

/**
 * The bot's chat log, asked again shortly after each change of the session (`seq`), since the
 * bot posts in answer to events. `unavailable` when the service keeps none (a 404).
 */
export function useChatLog(
  api: ApiClient,
  sessionId: string,
  seq: number,
): { posts: ChatLogPost[]; unavailable: boolean } {
  const [posts, setPosts] = useState<ChatLogPost[]>([]);
  const [unavailable, setUnavailable] = useState(false);
  const asked = useRef(false);

  useEffect(() => {
    let current = true;
    const delay = asked.current ? SETTLE_MS : 0;
    asked.current = true;
    const timer = setTimeout(() => {
      api.chatLog(sessionId).then(
        (found) => {
          if (!current) return;
          setUnavailable(found === undefined);
          setPosts(found ?? []);
        },
        () => current && setUnavailable(true),
      );
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, sessionId, seq]);

  return { posts, unavailable };
}
